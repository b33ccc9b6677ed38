package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative grouping over a sparse similarity graph: repeatedly merges the
 * two groups whose mean pairwise similarity is highest, while it reaches the threshold. Pairs
 * without an edge count as similarity 0, so a group only grows by items similar to most of
 * it. Items may carry a range of days their happening may lie in; a group only forms when one
 * window of a given number of days meets every member's range. Not thread-safe.
 */
final class AverageLinkage {

  private final int size;
  /** Per group (by representative item), the summed similarity to each neighbouring group. */
  private final List<Map<Integer, Double>> links = new ArrayList<>();
  private final int[] groupSize;
  private final int[] version;
  private final int[] parent;
  private final long[] firstDay;
  private final long[] lastDay;
  private final int maxSpanDays;

  /**
   * @param days each item's range of epoch days {@code [first, last]}, or null for an undated item
   * @param maxSpanDays the most days a group's dated items may lie apart
   */
  AverageLinkage(List<long[]> days, int maxSpanDays) {
    this.size = days.size();
    this.maxSpanDays = maxSpanDays;
    this.firstDay = new long[size];
    this.lastDay = new long[size];
    this.groupSize = new int[size];
    this.version = new int[size];
    this.parent = new int[size];
    for (int i = 0; i < size; i++) {
      links.add(new HashMap<>());
      groupSize[i] = 1;
      parent[i] = i;
      // a group keeps the latest first day and the earliest last day of its members
      firstDay[i] = days.get(i) == null ? Long.MIN_VALUE : days.get(i)[0];
      lastDay[i] = days.get(i) == null ? Long.MAX_VALUE : days.get(i)[1];
    }
  }

  /** Records the similarity of items {@code a} and {@code b}; call before {@link #groups}. */
  void link(int a, int b, double similarity) {
    if (a != b && similarity > 0) {
      links.get(a).put(b, similarity);
      links.get(b).put(a, similarity);
    }
  }

  private record Pair(double mean, int a, int b, int versionA, int versionB) {}

  /** The groups, each a list of item indexes in ascending order, by their first item. */
  List<List<Integer>> groups(double threshold) {
    PriorityQueue<Pair> queue = new PriorityQueue<>((x, y) -> Double.compare(y.mean, x.mean));
    for (int a = 0; a < size; a++) {
      for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
        if (a < link.getKey() && link.getValue() >= threshold) {
          queue.add(new Pair(link.getValue(), a, link.getKey(), 0, 0));
        }
      }
    }
    while (!queue.isEmpty()) {
      Pair pair = queue.poll();
      if (pair.versionA != version[pair.a] || pair.versionB != version[pair.b]
          || parent[pair.a] != pair.a || parent[pair.b] != pair.b || !fitsWindow(pair.a, pair.b)) {
        continue;
      }
      merge(pair.a, pair.b);
      Map<Integer, Double> merged = links.get(pair.a);
      for (Map.Entry<Integer, Double> link : merged.entrySet()) {
        int other = link.getKey();
        double mean = link.getValue() / ((double) groupSize[pair.a] * groupSize[other]);
        if (mean >= threshold) {
          int a = Math.min(pair.a, other);
          int b = Math.max(pair.a, other);
          queue.add(new Pair(mean, a, b, version[a], version[b]));
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new java.util.TreeMap<>();
    for (int i = 0; i < size; i++) {
      byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byRoot.values());
    groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return groups;
  }

  private boolean fitsWindow(int a, int b) {
    long latestFirst = Math.max(firstDay[a], firstDay[b]);
    long earliestLast = Math.min(lastDay[a], lastDay[b]);
    return latestFirst == Long.MIN_VALUE || earliestLast == Long.MAX_VALUE || latestFirst - earliestLast <= maxSpanDays;
  }

  /** Merges group {@code b} into group {@code a}, both representatives. */
  private void merge(int a, int b) {
    parent[b] = a;
    firstDay[a] = Math.max(firstDay[a], firstDay[b]);
    lastDay[a] = Math.min(lastDay[a], lastDay[b]);
    groupSize[a] += groupSize[b];
    version[a]++;
    version[b]++;
    Map<Integer, Double> into = links.get(a);
    into.remove(b);
    for (Map.Entry<Integer, Double> link : links.get(b).entrySet()) {
      int other = link.getKey();
      if (other == a) {
        continue;
      }
      into.merge(other, link.getValue(), Double::sum);
      Map<Integer, Double> back = links.get(other);
      back.remove(b);
      back.merge(a, link.getValue(), Double::sum);
    }
    links.get(b).clear();
  }

  private int root(int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
