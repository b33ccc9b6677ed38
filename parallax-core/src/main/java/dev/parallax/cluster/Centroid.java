package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summed profiles of a group of articles: each article's term vector scaled to unit length,
 * and how many articles name each entity. Bounded: past {@value #MAX_TERMS} terms only the
 * heaviest {@value #KEPT_TERMS} are kept, so a large event costs no more than a small one to
 * compare. Not thread-safe.
 */
final class Centroid {

  static final int MAX_TERMS = 600;
  static final int KEPT_TERMS = 300;

  final Map<String, Double> words = new HashMap<>();
  final Map<String, Integer> entities = new HashMap<>();
  int articles;
  /** {@link #words} weighted by IDF and scaled to unit length, and the state it was computed in. */
  private Map<String, Double> unit = Map.of();
  private int unitArticles = -1;
  private int unitDocuments = -1;

  /**
   * The words vector weighted by {@code frequencies} and scaled to unit length; recomputed only
   * when the group or the weights changed (the weights change once per batch).
   */
  Map<String, Double> unitVector(Frequencies frequencies) {
    if (unitArticles != articles || unitDocuments != frequencies.documents()) {
      Map<String, Double> weighted = new HashMap<>(words.size() * 2);
      double sum = 0;
      for (Map.Entry<String, Double> entry : words.entrySet()) {
        double value = entry.getValue() * frequencies.idf(entry.getKey());
        weighted.put(entry.getKey(), value);
        sum += value * value;
      }
      double norm = Math.sqrt(sum);
      if (norm > 0) {
        weighted.replaceAll((word, value) -> value / norm);
      }
      unit = weighted;
      unitArticles = articles;
      unitDocuments = frequencies.documents();
    }
    return unit;
  }

  private boolean closed;

  /** Whether {@link #close} freed it. */
  boolean closed() {
    return closed;
  }

  /** Frees the vectors of a group that can no longer grow; it then resembles nothing. */
  void close() {
    closed = true;
    words.clear();
    entities.clear();
    unit = Map.of();
    unitArticles = -1;
  }

  void add(ArticleProfile profile) {
    articles++;
    double norm = Math.sqrt(profile.words().values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      profile.words().forEach((word, weight) -> words.merge(word, weight / norm, Double::sum));
    }
    profile.entities().forEach(entity -> entities.merge(entity, 1, Integer::sum));
    trim();
  }

  /** Adds the sums of another group (merged into this one); bounded as {@link #add} is. */
  void absorb(Centroid other) {
    articles += other.articles;
    other.words.forEach((word, weight) -> words.merge(word, weight, Double::sum));
    other.entities.forEach((entity, count) -> entities.merge(entity, count, Integer::sum));
    trim();
  }

  private void trim() {
    if (words.size() > MAX_TERMS) {
      List<Map.Entry<String, Double>> entries = new ArrayList<>(words.entrySet());
      entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
      entries.subList(KEPT_TERMS, entries.size()).forEach(entry -> words.remove(entry.getKey()));
    }
  }
}
