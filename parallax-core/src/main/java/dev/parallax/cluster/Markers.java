package dev.parallax.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Evidence that a cut separates two happenings rather than two angles on one: the terms (words,
 * numbers, entities) that one side uses far more often than the other, by a one-sided Fisher
 * exact test. Two happenings of one kind differ in their places, people, figures and details,
 * so many terms segregate; a cut through one happening finds few, since its parts share the
 * particulars. Small parts cannot reach a low p-value, so they are never confirmed. Not
 * thread-safe (keeps scratch counts).
 */
final class Markers {

  /** A term is a marker when the chance of it segregating at least this much at random is below this. */
  static final double P_VALUE = 1e-3;

  /** Each member's distinct term ids, ascending. */
  private final int[][] terms;
  /** {@code logFactorial[n] = ln n!} for n up to the number of members. */
  private final double[] logFactorial;

  Markers(int[][] terms) {
    this.terms = terms;
    logFactorial = new double[terms.length + 1];
    for (int n = 2; n <= terms.length; n++) {
      logFactorial[n] = logFactorial[n - 1] + Math.log(n);
    }
  }

  /** Whether at least {@code needed} terms mark one of the parts (member numbers) against the other. */
  boolean atLeast(int needed, Iterable<Integer> a, int sizeA, Iterable<Integer> b, int sizeB) {
    Map<Integer, int[]> counts = new HashMap<>();
    for (int member : a) {
      for (int term : terms[member]) {
        counts.computeIfAbsent(term, t -> new int[2])[0]++;
      }
    }
    for (int member : b) {
      for (int term : terms[member]) {
        counts.computeIfAbsent(term, t -> new int[2])[1]++;
      }
    }
    int found = 0;
    for (int[] count : counts.values()) {
      if (Math.min(tail(count[0], sizeA, count[1], sizeB), tail(count[1], sizeB, count[0], sizeA)) < P_VALUE
          && ++found >= needed) {
        return true;
      }
    }
    return needed <= 0;
  }

  /**
   * One-sided Fisher exact test: the chance that, of the {@code inA + inB} members holding a
   * term, at least {@code inA} fall in a part of {@code sizeA} when drawn at random.
   */
  double tail(int inA, int sizeA, int inB, int sizeB) {
    int holding = inA + inB;
    int total = sizeA + sizeB;
    double sum = 0;
    for (int x = inA; x <= Math.min(holding, sizeA); x++) {
      sum += Math.exp(logChoose(sizeA, x) + logChoose(sizeB, holding - x) - logChoose(total, holding));
    }
    return sum;
  }

  private double logChoose(int n, int k) {
    return k < 0 || k > n ? Double.NEGATIVE_INFINITY : logFactorial[n] - logFactorial[k] - logFactorial[n - k];
  }
}
