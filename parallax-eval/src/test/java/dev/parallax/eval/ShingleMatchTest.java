package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {

  @Test
  void identicalTextsAreAllTruePositives() {
    assertArrayEquals(new double[] {1, 0, 0}, ShingleMatch.of("one two three four five", "one two three four five"), 1e-9);
  }

  @Test
  void extraAndMissingShinglesAreCountedAsShares() {
    // gold shingles: [a b c d], [b c d e]; found: [a b c d], [b c d x], [c d x y]
    double[] counts = ShingleMatch.of("a b c d e", "a b c d x y");
    assertArrayEquals(new double[] {1.0 / 4, 2.0 / 4, 1.0 / 4}, counts, 1e-9);
  }

  @Test
  void shortTextsAreOneShingleAndPunctuationIsIgnored() {
    assertEquals(1, ShingleMatch.shingles("Hello, world!").size());
    assertArrayEquals(new double[] {0, 0, 0}, ShingleMatch.of("", ""), 1e-9);
  }
}
