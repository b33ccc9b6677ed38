package dev.parallax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class CentralityTest {

  @Test
  void picksWhatThePairwiseLoopPicksWithCopiesAndTies() {
    Random random = new Random(11);
    ToDoubleFunction<String> weight = word -> 1 + (word.hashCode() & 7) / 3.0;
    for (int round = 0; round < 200; round++) {
      List<Map<String, Integer>> targets = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        targets.add(random.nextInt(3) == 0 && !targets.isEmpty() ? targets.get(random.nextInt(targets.size()))
            : words(random));
      }
      List<Centrality.Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        candidates.add(new Centrality.Candidate(targets.get(i), random.nextBoolean() ? i : -1,
            random.nextInt(4) == 0 ? -1 : 0, 0.05 * random.nextInt(3)));
      }
      assertEquals(pairwise(candidates, targets, weight), Centrality.first(candidates, targets, weight), "round " + round);
    }
  }

  @Test
  void noCandidateNoPick() {
    assertEquals(-1, Centrality.first(List.of(), List.of(Map.of("a", 1)), word -> 1.0));
  }

  private static Map<String, Integer> words(Random random) {
    Map<String, Integer> words = new HashMap<>();
    for (int k = 0; k < random.nextInt(6); k++) {
      words.merge("w" + random.nextInt(12), 1, Integer::sum);
    }
    return words;
  }

  /** The loop {@link Centrality} replaces. */
  private static int pairwise(List<Centrality.Candidate> candidates, List<Map<String, Integer>> targets,
      ToDoubleFunction<String> weight) {
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < candidates.size(); i++) {
      Centrality.Candidate candidate = candidates.get(i);
      double score = candidate.start();
      for (int j = 0; j < targets.size(); j++) {
        if (j != candidate.self()) {
          score += SparseVectors.cosine(candidate.words(), targets.get(j), weight);
        }
      }
      score -= candidate.penalty();
      if (best < 0 || score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}
