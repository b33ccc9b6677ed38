package dev.parallax.cluster;

import java.util.Arrays;

/**
 * A sparse vector over term ids: ids ascending, each with its value. Dot products walk the two
 * id arrays side by side. Immutable by convention: the arrays are never changed once built.
 */
record TermVector(int[] ids, double[] values) {

  static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

  TermVector {
    if (ids.length != values.length) {
      throw new IllegalArgumentException("ids and values differ in length: " + ids.length + " and " + values.length);
    }
  }

  /** A vector of parallel arrays in any id order (ids distinct); the arrays are taken over. */
  static TermVector sorting(int[] ids, double[] values) {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1] > ids[i]) {
        long[] order = new long[ids.length];
        for (int k = 0; k < ids.length; k++) {
          order[k] = ((long) ids[k] << 32) | k;
        }
        Arrays.sort(order);
        int[] sortedIds = new int[ids.length];
        double[] sortedValues = new double[ids.length];
        for (int k = 0; k < order.length; k++) {
          sortedIds[k] = (int) (order[k] >>> 32);
          sortedValues[k] = values[(int) order[k]];
        }
        return new TermVector(sortedIds, sortedValues);
      }
    }
    return new TermVector(ids, values);
  }

  int size() {
    return ids.length;
  }

  double dot(TermVector other) {
    int[] a = ids;
    int[] b = other.ids;
    double[] va = values;
    double[] vb = other.values;
    int i = 0;
    int j = 0;
    double sum = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        sum += va[i++] * vb[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  double norm() {
    double sum = 0;
    for (double value : values) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }

  /** The value of {@code id}, or 0. */
  double get(int id) {
    int at = Arrays.binarySearch(ids, id);
    return at < 0 ? 0 : values[at];
  }

  /** Each value multiplied by the IDF of its term and the whole scaled to unit length (as is when all are 0). */
  TermVector weightedUnit(Frequencies frequencies) {
    double[] weighted = new double[ids.length];
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      weighted[i] = values[i] * frequencies.idf(ids[i]);
      sum += weighted[i] * weighted[i];
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < weighted.length; i++) {
        weighted[i] /= norm;
      }
    }
    return new TermVector(ids, weighted);
  }

  /** This plus {@code scale} times {@code other}. */
  TermVector plus(TermVector other, double scale) {
    int[] a = ids;
    int[] b = other.ids;
    int[] outIds = new int[a.length + b.length];
    double[] outValues = new double[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        outIds[n] = a[i];
        outValues[n++] = values[i++];
      } else if (i == a.length || b[j] < a[i]) {
        outIds[n] = b[j];
        outValues[n++] = scale * other.values[j++];
      } else {
        outIds[n] = a[i];
        outValues[n++] = values[i++] + scale * other.values[j++];
      }
    }
    return new TermVector(Arrays.copyOf(outIds, n), Arrays.copyOf(outValues, n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v && Arrays.equals(ids, v.ids) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < ids.length; i++) {
      s.append(i == 0 ? "" : ", ").append(ids[i]).append('=').append(values[i]);
    }
    return s.append('}').toString();
  }
}
