package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterErrorsTest {

  @Test
  void splitAndMixedGoldClustersAreListedPureOnesAreNot() {
    Map<String, String> gold = Map.of("1", "A", "2", "A", "3", "B", "4", "C", "5", "C");
    Map<String, String> predicted = Map.of("1", "e1", "2", "e2", "3", "e2", "4", "e3", "5", "e3");
    assertEquals(List.of("gold A (2): e1x1 e2x1[+Bx1]", "gold B (1): e2x1[+Ax1]"), ClusterErrors.of(gold, predicted));
  }
}
