package dev.parallax.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The standard scores of a clustering against gold labels, over the items both label.
 *
 * <p>B-cubed: per item, the share of its predicted cluster that shares its gold label
 * (precision) and of its gold cluster that shares its predicted label (recall), averaged over
 * items. Pairwise: precision and recall over the pairs of items put together. NMI: mutual
 * information normalised by the arithmetic mean of the two entropies.
 */
public record ClusteringScores(int items, int goldClusters, int predictedClusters, double bcubedPrecision,
    double bcubedRecall, double bcubedF1, double pairwisePrecision, double pairwiseRecall, double pairwiseF1,
    double nmi) {

  /** Scores {@code predicted} against {@code gold}; both map item id to cluster label. */
  public static ClusteringScores of(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted label different items: " + gold.size() + " vs " + predicted.size());
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predictedSizes = new HashMap<>();
    Map<String, Integer> jointSizes = new HashMap<>();
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String p = predicted.get(entry.getKey());
      goldSizes.merge(entry.getValue(), 1, Integer::sum);
      predictedSizes.merge(p, 1, Integer::sum);
      jointSizes.merge(entry.getValue() + "\u0000" + p, 1, Integer::sum);
    }
    int n = gold.size();
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String p = predicted.get(entry.getKey());
      double joint = jointSizes.get(entry.getValue() + "\u0000" + p);
      precision += joint / predictedSizes.get(p);
      recall += joint / goldSizes.get(entry.getValue());
    }
    precision = n == 0 ? 0 : precision / n;
    recall = n == 0 ? 0 : recall / n;

    double togetherBoth = pairs(jointSizes);
    double togetherPredicted = pairs(predictedSizes);
    double togetherGold = pairs(goldSizes);
    double pairwisePrecision = togetherPredicted == 0 ? 1 : togetherBoth / togetherPredicted;
    double pairwiseRecall = togetherGold == 0 ? 1 : togetherBoth / togetherGold;

    double goldEntropy = entropy(goldSizes, n);
    double predictedEntropy = entropy(predictedSizes, n);
    double mutual = 0;
    for (Map.Entry<String, Integer> cell : jointSizes.entrySet()) {
      String[] labels = cell.getKey().split("\u0000", 2);
      double joint = cell.getValue();
      mutual += joint / n * Math.log(joint * n / ((double) goldSizes.get(labels[0]) * predictedSizes.get(labels[1])));
    }
    double meanEntropy = (goldEntropy + predictedEntropy) / 2;
    double nmi = meanEntropy == 0 ? 1 : mutual / meanEntropy;
    return new ClusteringScores(n, goldSizes.size(), predictedSizes.size(), precision, recall, f1(precision, recall),
        pairwisePrecision, pairwiseRecall, f1(pairwisePrecision, pairwiseRecall), nmi);
  }

  private static double pairs(Map<String, Integer> sizes) {
    double total = 0;
    for (int size : sizes.values()) {
      total += size * (size - 1.0) / 2;
    }
    return total;
  }

  private static double entropy(Map<String, Integer> sizes, int n) {
    double h = 0;
    for (int size : sizes.values()) {
      double p = (double) size / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
