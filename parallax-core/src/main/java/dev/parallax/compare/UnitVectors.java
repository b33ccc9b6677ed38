package dev.parallax.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The statements' weighted word vectors, normalised and held as arrays sorted by word, for
 * cosines in a few nanoseconds. Their cosines equal those of {@link
 * dev.parallax.internal.SparseVectors#cosine} up to rounding ({@link #ROUNDING}): a threshold
 * decision closer than that is left to the exact computation.
 */
final class UnitVectors {

  /** Largest difference from the exact cosine, far above the rounding of a few dozen terms. */
  static final double ROUNDING = 1e-9;

  private final int[][] words;
  private final double[][] values;

  UnitVectors(List<Statement> statements, ToDoubleFunction<String> weight, double[] norms) {
    Map<String, Integer> ids = new HashMap<>();
    words = new int[statements.size()][];
    values = new double[statements.size()][];
    for (int i = 0; i < statements.size(); i++) {
      Map<String, Integer> counts = statements.get(i).words();
      int[] own = new int[counts.size()];
      int k = 0;
      for (String word : counts.keySet()) {
        own[k++] = ids.computeIfAbsent(word, w -> ids.size());
      }
      Arrays.sort(own);
      String[] byId = new String[own.length];
      double[] weights = new double[own.length];
      Map<Integer, String> names = new HashMap<>();
      counts.keySet().forEach(word -> names.put(ids.get(word), word));
      for (int j = 0; j < own.length; j++) {
        byId[j] = names.get(own[j]);
        weights[j] = norms[i] == 0 ? 0 : counts.get(byId[j]) * weight.applyAsDouble(byId[j]) / norms[i];
      }
      words[i] = own;
      values[i] = weights;
    }
  }

  /** The cosine of two statements, within {@link #ROUNDING}. */
  double cosine(int a, int b) {
    int[] x = words[a];
    int[] y = words[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        dot += values[a][i++] * values[b][j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
