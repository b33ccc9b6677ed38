package dev.parallax.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of texts over their word shingles, with a fixed seed so that signatures
 * are the same on every run and machine. Two signatures agree in a share of positions that
 * estimates the Jaccard similarity of the two shingle sets. Thread-safe.
 */
public final class MinHash {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 4;
  /** Hash functions per signature. */
  public static final int SIZE = 64;
  private static final long SEED = 0x5DEECE66DL;

  private MinHash() {}

  /** The signature of {@code text}; all {@link Long#MAX_VALUE} when it has no shingle. */
  public static long[] signature(String text) {
    long[] signature = new long[SIZE];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles(text)) {
      for (int i = 0; i < SIZE; i++) {
        long value = mix(shingle ^ mix(SEED + i));
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures, in [0, 1]. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** 64-bit hashes of the text's {@value #SHINGLE_WORDS}-word shingles (lower case, letters and digits). */
  static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> shingles = new HashSet<>();
    int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    for (int i = start; i + SHINGLE_WORDS <= words.length; i++) {
      long hash = 0;
      for (int j = i; j < i + SHINGLE_WORDS; j++) {
        hash = mix(hash * 31 + words[j].hashCode());
      }
      shingles.add(hash);
    }
    return shingles;
  }

  /** The splitmix64 finaliser: a fast, well-spread 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
