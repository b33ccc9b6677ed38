package dev.parallax.cluster;

import java.util.Arrays;

/**
 * Document frequencies of terms (words and entity keys, by {@link Vocabulary} id) over every
 * article clustering has seen, for inverse-document-frequency weights. Not thread-safe.
 */
final class Frequencies {

  private int[] documentFrequency = new int[1024];
  /** Per id, the weight computed while the counts stood at {@code memoDocuments[id]} documents. */
  private double[] memo = new double[1024];
  private int[] memoDocuments = new int[1024];
  private int documents;

  /** Counts one document holding each of the (distinct) ids of {@code terms} and {@code entities}. */
  void add(int[] terms, int[] entities) {
    documents++;
    count(terms);
    count(entities);
  }

  private void count(int[] ids) {
    for (int id : ids) {
      if (id >= documentFrequency.length) {
        int length = Math.max(id + 1, documentFrequency.length * 2);
        documentFrequency = Arrays.copyOf(documentFrequency, length);
        memo = Arrays.copyOf(memo, length);
        memoDocuments = Arrays.copyOf(memoDocuments, length);
      }
      documentFrequency[id]++;
    }
  }

  /** Smoothed inverse document frequency: {@code ln((1 + N) / (1 + df)) + 1}. */
  double idf(int id) {
    if (id >= documentFrequency.length) {
      return Math.log(1.0 + documents) + 1.0;
    }
    if (memoDocuments[id] != documents || documents == 0) {
      memo[id] = Math.log((1.0 + documents) / (1.0 + documentFrequency[id])) + 1.0;
      memoDocuments[id] = documents;
    }
    return memo[id];
  }

  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(documents);
    Checkpoints.writeInts(out, documentFrequency);
  }

  /** Reads what {@link #write} wrote into these (empty) frequencies. */
  void read(java.io.DataInputStream in) throws java.io.IOException {
    documents = in.readInt();
    documentFrequency = Checkpoints.readInts(in);
    memo = new double[documentFrequency.length];
    memoDocuments = new int[documentFrequency.length];
    java.util.Arrays.fill(memoDocuments, -1);
  }

  /** How many documents have been counted; changes whenever the weights do. */
  int documents() {
    return documents;
  }
}
