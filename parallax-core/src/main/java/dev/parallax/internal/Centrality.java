package dev.parallax.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Picks the most central of some texts as a loop over all pairs would, without that loop. A
 * candidate's score is {@code start + cosine(candidate, target 0) + cosine(candidate, target 1)
 * + ... - penalty} ({@link SparseVectors#cosine}, its own target skipped), added in that order in
 * double arithmetic; the pick is the first candidate with the highest score.
 *
 * <p>How: every candidate is first scored against the sum of the normalised targets (one dot
 * product each: the same sum up to rounding); only the candidates within a rounding bound of
 * the best are then scored exactly, term by term in target order, so ties and near-ties fall as
 * in the pairwise loop. Targets (and candidates) with the same words in the same map order share
 * their cosines. Cost: linear in the words, plus {@code targets} additions for each candidate
 * left in a tie (copies of one text all are). Thread-safe.
 */
public final class Centrality {

  private Centrality() {}

  /**
   * A text to score.
   *
   * @param words its word counts
   * @param self the index of the target it is not compared with, or -1
   * @param start the score before the first cosine
   * @param penalty what is taken off after the last one
   */
  public record Candidate(Map<String, Integer> words, int self, double start, double penalty) {}

  /** The index of the first candidate with the highest score, or -1 when there is none. */
  public static int first(List<Candidate> candidates, List<Map<String, Integer>> targets,
      ToDoubleFunction<String> weight) {
    if (candidates.isEmpty()) {
      return -1;
    }
    Map<String, Double> centroid = centroid(targets, weight);
    double[] estimate = new double[candidates.size()];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < candidates.size(); i++) {
      estimate[i] = estimate(candidates.get(i), centroid, targets, weight);
      best = Math.max(best, estimate[i]);
    }
    double slack = 2e-12 * (targets.size() + 16.0) * (targets.size() + 16.0);
    Classes classes = new Classes(targets);
    int pick = -1;
    double pickScore = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (estimate[i] >= best - slack) {
        double score = classes.score(candidates.get(i), weight);
        if (pick < 0 || score > pickScore) {
          pick = i;
          pickScore = score;
        }
      }
    }
    return pick;
  }

  /** The sum of the targets, each divided by its weighted norm. */
  private static Map<String, Double> centroid(List<Map<String, Integer>> targets, ToDoubleFunction<String> weight) {
    Map<String, Double> centroid = new HashMap<>();
    for (Map<String, Integer> target : targets) {
      double norm = SparseVectors.norm(target, weight);
      if (norm > 0) {
        target.forEach((word, count) -> centroid.merge(word, count * weight.applyAsDouble(word) / norm, Double::sum));
      }
    }
    return centroid;
  }

  private static double estimate(Candidate candidate, Map<String, Double> centroid, List<Map<String, Integer>> targets,
      ToDoubleFunction<String> weight) {
    double norm = SparseVectors.norm(candidate.words(), weight);
    if (norm == 0) {
      return candidate.start() - candidate.penalty();
    }
    double dot = 0;
    for (Map.Entry<String, Integer> entry : candidate.words().entrySet()) {
      Double sum = centroid.get(entry.getKey());
      if (sum != null) {
        dot += entry.getValue() * weight.applyAsDouble(entry.getKey()) * sum;
      }
    }
    double own = candidate.self() < 0 ? 0
        : SparseVectors.cosine(candidate.words(), targets.get(candidate.self()), weight);
    return candidate.start() + dot / norm - own - candidate.penalty();
  }

  /** Targets grouped by their entries in map order; cosines computed once per candidate group and target group. */
  private static final class Classes {
    private final List<Map<String, Integer>> targets;
    private final int[] classOfTarget;
    private final List<Map<String, Integer>> representatives = new ArrayList<>();
    private final Map<List<Map.Entry<String, Integer>>, double[]> rows = new HashMap<>();

    Classes(List<Map<String, Integer>> targets) {
      this.targets = targets;
      classOfTarget = new int[targets.size()];
      Map<List<Map.Entry<String, Integer>>, Integer> ids = new HashMap<>();
      for (int j = 0; j < targets.size(); j++) {
        Map<String, Integer> target = targets.get(j);
        classOfTarget[j] = ids.computeIfAbsent(new ArrayList<>(target.entrySet()), key -> {
          representatives.add(target);
          return representatives.size() - 1;
        });
      }
    }

    /** The score as the pairwise loop adds it up. */
    double score(Candidate candidate, ToDoubleFunction<String> weight) {
      double[] row = rows.computeIfAbsent(new ArrayList<>(candidate.words().entrySet()), key -> {
        double[] fresh = new double[representatives.size()];
        Arrays.fill(fresh, Double.NaN);
        return fresh;
      });
      double score = candidate.start();
      for (int j = 0; j < targets.size(); j++) {
        if (j == candidate.self()) {
          continue;
        }
        int target = classOfTarget[j];
        if (Double.isNaN(row[target])) {
          row[target] = SparseVectors.cosine(candidate.words(), representatives.get(target), weight);
        }
        score += row[target];
      }
      return score - candidate.penalty();
    }
  }
}
