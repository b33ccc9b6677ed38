package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a group of mutually similar articles that covers two similar happenings of one kind
 * (two rehab check-ins, two navy actions against pirates): the group is cut in two around its
 * least similar pair, members moving to the half they are closer to on average, and the cut is
 * kept, recursively, only while the mean similarity across the halves stays below {@code ratio}
 * times the mean similarity within them and, when {@link Markers} are given, either the gap is
 * clear (across below {@value #CLEAR_RATIO} times within) or at least {@code minMarkers} terms
 * significantly mark one half against the other (2-means finds some cut in any group; the
 * markers tell whether the halves differ in their particulars). Then a merge-back pass rejoins parts that a cut left
 * apart although they resemble each other almost as much as the looser of the two resembles
 * itself: while two parts' mean similarity across reaches {@code mergeRatio} times the smaller
 * of their two within-means, the closest such pair becomes one part again. A {@link
 * SecondOpinion}, when given, decides the cuts it finds uncertain instead of the ratio and markers.
 */
final class Bisection {

  /** Smallest group worth testing for a split. */
  static final int MIN_SIZE = 4;
  /**
   * Below this across/within ratio the gap alone decides, without the marker test: parts this
   * far apart are different happenings even when too small for a significant marker.
   */
  static final double CLEAR_RATIO = 0.45;
  private static final int ROUNDS = 10;

  private final double[][] similarity;
  private final double ratio;
  private final Markers markers;
  private final int minMarkers;
  private final double mergeRatio;
  private SecondOpinion opinion;

  /** Decides the cuts near the thresholds, from evidence the similarities lack (see {@link EmbeddingCheck}). */
  interface SecondOpinion {

    /** Whether a cut whose across/within ratio is {@code cutRatio} should be referred. */
    boolean uncertain(double cutRatio);

    /** Whether parts {@code a} and {@code b} (member numbers) are one happening, so the cut is dropped. */
    boolean same(List<Integer> a, List<Integer> b);
  }

  /**
   * {@code similarity} is symmetric over the group's members, numbered 0 to n-1; {@code markers}
   * (over the same members) may be null for no marker test; a {@code mergeRatio} above 1 turns
   * the merge-back pass off.
   */
  Bisection(double[][] similarity, double ratio, Markers markers, int minMarkers, double mergeRatio) {
    this.similarity = similarity;
    this.ratio = ratio;
    this.markers = markers;
    this.minMarkers = minMarkers;
    this.mergeRatio = mergeRatio;
  }

  /** By the similarity ratio alone, without the merge-back pass. */
  Bisection(double[][] similarity, double ratio) {
    this(similarity, ratio, null, 0, Double.POSITIVE_INFINITY);
  }

  /** Lets {@code opinion} decide the uncertain cuts; null for none. */
  Bisection opinion(SecondOpinion opinion) {
    this.opinion = opinion;
    return this;
  }

  /** The parts of members {@code 0..n-1}, each a list of member numbers in ascending order. */
  List<List<Integer>> parts() {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < similarity.length; i++) {
      all.add(i);
    }
    List<List<Integer>> parts = new ArrayList<>();
    split(all, parts);
    mergeBack(parts);
    parts.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return parts;
  }

  /** Rejoins, closest pair first, parts whose across-mean reaches {@code mergeRatio} times the smaller within-mean. */
  private void mergeBack(List<List<Integer>> parts) {
    while (parts.size() > 1) {
      int bestX = -1;
      int bestY = -1;
      double best = 0;
      for (int x = 0; x < parts.size(); x++) {
        for (int y = x + 1; y < parts.size(); y++) {
          double looser = Math.min(within(parts.get(x)), within(parts.get(y)));
          double score = looser <= 0 ? 0 : across(parts.get(x), parts.get(y)) / looser;
          if (score >= mergeRatio && score > best) {
            best = score;
            bestX = x;
            bestY = y;
          }
        }
      }
      if (bestX < 0) {
        return;
      }
      List<Integer> joined = new ArrayList<>(parts.get(bestX));
      joined.addAll(parts.remove(bestY));
      joined.sort(null);
      parts.set(bestX, joined);
    }
  }

  private void split(List<Integer> group, List<List<Integer>> parts) {
    if (group.size() < MIN_SIZE) {
      parts.add(group);
      return;
    }
    int seedA = group.get(0);
    int seedB = group.get(1);
    for (int x = 0; x < group.size(); x++) {
      for (int y = x + 1; y < group.size(); y++) {
        if (similarity[group.get(x)][group.get(y)] < similarity[seedA][seedB]) {
          seedA = group.get(x);
          seedB = group.get(y);
        }
      }
    }
    List<Integer> a = List.of(seedA);
    List<Integer> b = List.of(seedB);
    for (int round = 0; round < ROUNDS; round++) {
      List<Integer> nextA = new ArrayList<>();
      List<Integer> nextB = new ArrayList<>();
      for (int member : group) {
        (mean(member, a) >= mean(member, b) ? nextA : nextB).add(member);
      }
      if (nextA.isEmpty() || nextB.isEmpty()) {
        parts.add(group);
        return;
      }
      boolean stable = nextA.equals(a) && nextB.equals(b);
      a = nextA;
      b = nextB;
      if (stable) {
        break;
      }
    }
    if (a.size() >= 2 && b.size() >= 2 && isCut(a, b)) {
      split(a, parts);
      split(b, parts);
    } else {
      parts.add(group);
    }
  }

  /** Whether halves {@code a} and {@code b} are two happenings: a clear gap, or a gap and enough markers. */
  private boolean isCut(List<Integer> a, List<Integer> b) {
    double across = across(a, b);
    double within = within(a, b);
    if (opinion != null && within > 0 && opinion.uncertain(across / within)) {
      return !opinion.same(a, b);
    }
    if (across >= ratio * within) {
      return false;
    }
    return markers == null || across < CLEAR_RATIO * within || markers.atLeast(minMarkers, a, a.size(), b, b.size());
  }

  /** Mean similarity of {@code member} to the others of {@code part}; 1 when it is alone there (a seed keeps its half). */
  private double mean(int member, List<Integer> part) {
    double sum = 0;
    int count = 0;
    for (int other : part) {
      if (other != member) {
        sum += similarity[member][other];
        count++;
      }
    }
    return count == 0 ? (part.contains(member) ? 1 : 0) : sum / count;
  }

  private double across(List<Integer> a, List<Integer> b) {
    double sum = 0;
    for (int x : a) {
      for (int y : b) {
        sum += similarity[x][y];
      }
    }
    return sum / ((double) a.size() * b.size());
  }

  /** Mean similarity of the pairs of one part; 0 for a single member. */
  private double within(List<Integer> part) {
    return part.size() < 2 ? 0 : pairSum(part) / (part.size() * (part.size() - 1) / 2.0);
  }

  private double pairSum(List<Integer> part) {
    double sum = 0;
    for (int x = 0; x < part.size(); x++) {
      for (int y = x + 1; y < part.size(); y++) {
        sum += similarity[part.get(x)][part.get(y)];
      }
    }
    return sum;
  }

  private double within(List<Integer> a, List<Integer> b) {
    double sum = 0;
    int pairs = 0;
    for (List<Integer> part : List.of(a, b)) {
      for (int x = 0; x < part.size(); x++) {
        for (int y = x + 1; y < part.size(); y++) {
          sum += similarity[part.get(x)][part.get(y)];
          pairs++;
        }
      }
    }
    return sum / pairs;
  }
}
