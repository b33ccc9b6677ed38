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
}
