package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BisectionTest {

  /** Two tight pairs (0,1) and (2,3) that resemble each other less. */
  private static double[][] twoHappenings(double across) {
    return new double[][] {
        {1, 0.6, across, across},
        {0.6, 1, across, across},
        {across, across, 1, 0.5},
        {across, across, 0.5, 1}};
  }

  @Test
  void aGroupOfTwoSimilarHappeningsIsCut() {
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), new Bisection(twoHappenings(0.2), 0.7).parts());
  }

  @Test
  void aGroupWhoseHalvesAreAlmostAsCloseStaysWhole() {
    assertEquals(List.of(List.of(0, 1, 2, 3)), new Bisection(twoHappenings(0.45), 0.7).parts());
  }

  @Test
  void smallGroupsAreNotTested() {
    double[][] three = {{1, 0.1, 0.9}, {0.1, 1, 0.1}, {0.9, 0.1, 1}};
    assertEquals(List.of(List.of(0, 1, 2)), new Bisection(three, 0.7).parts());
  }

  /**
   * A tight happening (0, 1, 2) and a loosely written one (3, 4): the cut separates them,
   * since across is far below the pooled within-mean.
   */
  private static double[][] tightAndLoose(double across) {
    double[][] m = new double[5][5];
    for (int x = 0; x < 5; x++) {
      for (int y = 0; y < 5; y++) {
        boolean tight = x < 3 && y < 3;
        boolean loose = x >= 3 && y >= 3;
        m[x][y] = x == y ? 1 : tight ? 0.9 : loose ? 0.4 : across;
      }
    }
    return m;
  }

  @Test
  void aCutLeavingPartsAsCloseAsTheLooserOneIsUndone() {
    // across 0.35 < 0.7 x pooled within 0.775: cut; but 0.35 >= 0.75 x 0.4 (the looser part): rejoin
    assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4)), new Bisection(tightAndLoose(0.35), 0.7).parts());
    assertEquals(List.of(List.of(0, 1, 2, 3, 4)), new Bisection(tightAndLoose(0.35), 0.7, null, 0, 0.75).parts());
  }

  @Test
  void partsFarApartStayApartAfterTheMergeBack() {
    // 0.2 < 0.75 x 0.4
    assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4)), new Bisection(tightAndLoose(0.2), 0.7, null, 0, 0.75).parts());
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), new Bisection(twoHappenings(0.2), 0.7, null, 0, 0.75).parts());
  }

  /** A second opinion that refers cuts within 0.1 of the ratio 0.7 and answers {@code same}. */
  private static Bisection.SecondOpinion opinion(boolean same, int[] asked) {
    return new Bisection.SecondOpinion() {
      @Override
      public boolean uncertain(double cutRatio) {
        return Math.abs(cutRatio - 0.7) < 0.1;
      }

      @Override
      public boolean same(List<Integer> a, List<Integer> b) {
        asked[0]++;
        return same;
      }
    };
  }

  @Test
  void anUncertainCutIsKeptOrDroppedByTheSecondOpinion() {
    // across 0.35 / within 0.55 = 0.64: a cut by the ratio alone, but within 0.1 of 0.7
    int[] asked = {0};
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), new Bisection(twoHappenings(0.35), 0.7).parts());
    assertEquals(List.of(List.of(0, 1, 2, 3)),
        new Bisection(twoHappenings(0.35), 0.7).opinion(opinion(true, asked)).parts());
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)),
        new Bisection(twoHappenings(0.35), 0.7).opinion(opinion(false, asked)).parts());
    assertEquals(2, asked[0]);
  }

  @Test
  void aClearCutIsNotReferred() {
    int[] asked = {0};
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)),
        new Bisection(twoHappenings(0.2), 0.7).opinion(opinion(true, asked)).parts());
    assertEquals(0, asked[0]);
  }
}
