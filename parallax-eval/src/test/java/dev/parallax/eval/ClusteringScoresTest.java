package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

  @Test
  void aPerfectClusteringScoresOne() {
    ClusteringScores scores = ClusteringScores.of(GOLD, Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
    assertEquals(1.0, scores.bcubedF1(), 1e-9);
    assertEquals(1.0, scores.pairwiseF1(), 1e-9);
    assertEquals(1.0, scores.nmi(), 1e-9);
    assertEquals(2, scores.predictedClusters());
  }

  @Test
  void oneBigClusterHasFullRecallAndHalfPrecision() {
    ClusteringScores scores = ClusteringScores.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
    assertEquals(0.5, scores.bcubedPrecision(), 1e-9);
    assertEquals(1.0, scores.bcubedRecall(), 1e-9);
    assertEquals(2.0 / 6, scores.pairwisePrecision(), 1e-9);
    assertEquals(0.0, scores.nmi(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecisionAndHalfRecall() {
    ClusteringScores scores = ClusteringScores.of(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
    assertEquals(1.0, scores.bcubedPrecision(), 1e-9);
    assertEquals(0.5, scores.bcubedRecall(), 1e-9);
    assertEquals(0.0, scores.pairwiseRecall(), 1e-9);
    assertEquals(4, scores.predictedClusters());
  }

  @Test
  void differentItemSetsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ClusteringScores.of(GOLD, Map.of("a", "1")));
  }
}
