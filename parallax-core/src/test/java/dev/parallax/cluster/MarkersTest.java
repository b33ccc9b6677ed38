package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkersTest {

  private final Vocabulary vocabulary = new Vocabulary();
  private final List<String> parts = new ArrayList<>();
  private final List<int[]> terms = new ArrayList<>();

  MarkersTest() throws IOException {
    try (InputStream in = MarkersTest.class.getResourceAsStream("two-quakes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        parts.add(line.substring(0, line.indexOf(':')));
        int[] ids = Arrays.stream(line.substring(line.indexOf(':') + 1).trim().split(" ")).mapToInt(vocabulary::id)
            .distinct().sorted().toArray();
        terms.add(ids);
      }
    }
  }

  private List<Integer> members(String... names) {
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (Arrays.asList(names).contains(parts.get(i))) {
        members.add(i);
      }
    }
    return members;
  }

  private boolean marked(int needed, List<Integer> a, List<Integer> b) {
    return new Markers(terms.toArray(int[][]::new)).atLeast(needed, a, a.size(), b, b.size());
  }

  @Test
  void twoHappeningsOfOneKindDifferInTheirParticulars() {
    // sumatra, padang, indonesia, #76 against chile, concepcion, santiago, bachelet, #88: 9 markers
    assertTrue(marked(3, members("A1", "A2"), members("B")));
    assertTrue(marked(9, members("A1", "A2"), members("B")));
    assertFalse(marked(10, members("A1", "A2"), members("B")));
  }

  @Test
  void twoAnglesOnOneHappeningShareThem() {
    // only "rescue" and "survivor" lean to A2, and 4 of 4 against 0 of 4 has a chance of 1/70
    assertFalse(marked(1, members("A1"), members("A2")));
    assertFalse(marked(3, members("A1"), members("A2")));
  }

  @Test
  void theTailIsTheHypergeometricChance() {
    Markers markers = new Markers(new int[8][]);
    assertEquals(1 / 70.0, markers.tail(4, 4, 0, 4), 1e-12);
    // 3 or 4 of the 4 holders in a half of 4: (16 + 1) / 70
    assertEquals(17 / 70.0, markers.tail(3, 4, 1, 4), 1e-12);
    assertEquals(1.0, markers.tail(0, 4, 4, 4), 1e-12);
  }

  /** Two tight pairs (0,1) and (2,3), within-mean 0.55, all four holding the same terms. */
  private static double[][] twoPairs(double across) {
    return new double[][] {
        {1, 0.6, across, across},
        {0.6, 1, across, across},
        {across, across, 1, 0.5},
        {across, across, 0.5, 1}};
  }

  private static final int[][] SHARED = {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}};

  @Test
  void aCutWithoutMarkersIsNotKept() {
    // across 0.3 < 0.7 x 0.55, but not below the clear ratio (0.45 x 0.55)
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), new Bisection(twoPairs(0.3), 0.7).parts());
    assertEquals(List.of(List.of(0, 1, 2, 3)), new Bisection(twoPairs(0.3), 0.7, new Markers(SHARED), 3, 2).parts());
  }

  @Test
  void aClearGapNeedsNoMarkers() {
    // across 0.2 < 0.45 x 0.55: parts this far apart are cut even when too small for markers
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)),
        new Bisection(twoPairs(0.2), 0.7, new Markers(SHARED), 3, 2).parts());
  }
}
