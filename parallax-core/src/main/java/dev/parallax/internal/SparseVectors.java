package dev.parallax.internal;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Cosine similarity of sparse term vectors held as maps. Thread-safe. */
public final class SparseVectors {

  private SparseVectors() {}

  /** Cosine of two count vectors, each term weighted by {@code weight}; 0 when either is empty. */
  public static <K> double cosine(Map<K, ? extends Number> a, Map<K, ? extends Number> b,
      ToDoubleFunction<K> weight) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = dot(a, b, weight);
    return dot == 0 ? 0 : dot / (norm(a, weight) * norm(b, weight));
  }

  /** The same cosine, bit for bit, given the two vectors' {@link #norm}s. */
  public static <K> double cosine(Map<K, ? extends Number> a, Map<K, ? extends Number> b,
      ToDoubleFunction<K> weight, double normA, double normB) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = dot(a, b, weight);
    return dot == 0 ? 0 : dot / (normA * normB);
  }

  /** The length of a count vector, each term weighted by {@code weight}. */
  public static <K> double norm(Map<K, ? extends Number> vector, ToDoubleFunction<K> weight) {
    double sum = 0;
    for (Map.Entry<K, ? extends Number> entry : vector.entrySet()) {
      double value = entry.getValue().doubleValue() * weight.applyAsDouble(entry.getKey());
      sum += value * value;
    }
    return Math.sqrt(sum);
  }

  private static <K> double dot(Map<K, ? extends Number> a, Map<K, ? extends Number> b, ToDoubleFunction<K> weight) {
    Map<K, ? extends Number> small = a.size() <= b.size() ? a : b;
    Map<K, ? extends Number> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<K, ? extends Number> entry : small.entrySet()) {
      Number other = large.get(entry.getKey());
      if (other != null) {
        double w = weight.applyAsDouble(entry.getKey());
        dot += entry.getValue().doubleValue() * w * other.doubleValue() * w;
      }
    }
    return dot;
  }
}
