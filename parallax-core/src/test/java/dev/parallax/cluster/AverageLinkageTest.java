package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

  @Test
  void groupsMergeWhileTheirMeanSimilarityReachesTheThreshold() {
    AverageLinkage linkage = new AverageLinkage(Arrays.asList(null, null, null, null, null), 2);
    linkage.link(0, 1, 0.9);
    linkage.link(1, 2, 0.5);
    linkage.link(0, 2, 0.4);
    linkage.link(3, 4, 0.6);
    linkage.link(2, 3, 0.3);
    // {0,1} then {0,1,2} (mean 0.45); {2,3} alone is 0.3 but {0,1,2}+{3,4} averages 0.05
    assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4)), linkage.groups(0.4));
  }

  @Test
  void missingPairsCountAsUnrelated() {
    AverageLinkage linkage = new AverageLinkage(Arrays.asList(null, null, null), 2);
    linkage.link(0, 1, 0.5);
    linkage.link(1, 2, 0.5);
    // {0,1} then 2: mean of 0.5 and the missing 0-2 pair is 0.25
    assertEquals(List.of(List.of(0, 1), List.of(2)), linkage.groups(0.3));
  }

  @Test
  void aGroupNeverSpansMoreDaysThanTheWindow() {
    AverageLinkage linkage = new AverageLinkage(
        List.of(new long[] {10, 10}, new long[] {11, 12}, new long[] {14, 14}), 2);
    linkage.link(0, 1, 0.9);
    linkage.link(1, 2, 0.9);
    linkage.link(0, 2, 0.9);
    // the range [11, 12] meets day 10 and day 14 within 2 days, but 10 and 14 are 4 apart
    assertEquals(2, linkage.groups(0.1).size());
  }
}
