package dev.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a clustering departs from gold: one line per gold cluster that the prediction splits or
 * mixes with another, naming how its items spread over predicted clusters and what else those
 * clusters hold.
 */
final class ClusterErrors {

  private ClusterErrors() {}

  /** The lines, gold clusters in label order; both maps go from item id to cluster label. */
  static List<String> of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Map<String, Integer>> spread = new TreeMap<>();
    Map<String, Map<String, Integer>> contents = new TreeMap<>();
    gold.forEach((item, label) -> {
      String p = predicted.get(item);
      spread.computeIfAbsent(label, k -> new TreeMap<>()).merge(p, 1, Integer::sum);
      contents.computeIfAbsent(p, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
    });
    List<String> lines = new ArrayList<>();
    spread.forEach((label, predictedCounts) -> {
      boolean pure = predictedCounts.size() == 1 && contents.get(predictedCounts.keySet().iterator().next()).size() == 1;
      if (!pure) {
        String parts = predictedCounts.entrySet().stream()
            .map(e -> e.getKey() + "x" + e.getValue() + mixed(contents.get(e.getKey()), label))
            .collect(Collectors.joining(" "));
        lines.add("gold " + label + " (" + predictedCounts.values().stream().mapToInt(Integer::intValue).sum()
            + "): " + parts);
      }
    });
    return lines;
  }

  private static String mixed(Map<String, Integer> labels, String own) {
    String others = labels.entrySet().stream()
        .filter(e -> !e.getKey().equals(own))
        .map(e -> e.getKey() + "x" + e.getValue())
        .collect(Collectors.joining(","));
    return others.isEmpty() ? "" : "[+" + others + "]";
  }
}
