package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.model.RawDocument;

/**
 * Fuzzes {@link FeedReader}. Properties: reading never throws, every item becomes a document
 * with content or a named error, and something is always reported. Replays the corpus in
 * {@code FeedFuzzTestInputs} as a normal test; see docs/ROBUSTNESS.md for campaigns.
 */
class FeedFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void feed(byte[] input) {
    FileIngest.Collector collector = new FileIngest.Collector();
    new FeedReader().read(input, "fuzz.rss", collector);
    for (RawDocument document : collector.documents) {
      assertFalse(document.content().isBlank(), document::source);
    }
    assertFalse(collector.documents.isEmpty() && collector.errors.isEmpty(), "nothing read must be reported");
  }
}
