package dev.parallax.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of words and entities over every article clustering has seen, for
 * inverse-document-frequency weights. Not thread-safe.
 */
final class Frequencies {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  /** Weights computed while the counts stood at {@link #memoDocuments} documents. */
  private Map<String, Double> memo = new HashMap<>();
  private int memoDocuments;
  private int documents;

  void add(Set<String> keys) {
    documents++;
    for (String key : keys) {
      documentFrequency.merge(key, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency: {@code ln((1 + N) / (1 + df)) + 1}. */
  double idf(String key) {
    if (memoDocuments != documents) {
      memo = new HashMap<>();
      memoDocuments = documents;
    }
    Double known = memo.get(key);
    if (known == null) {
      known = Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(key, 0))) + 1.0;
      memo.put(key, known);
    }
    return known;
  }

  /** How many documents have been counted; changes whenever the weights do. */
  int documents() {
    return documents;
  }
}
