package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes {@link WarcArchiveReader} (and jwarc under it) on plain and gzip input. Properties:
 * reading never throws, respects small limits, and always reports something. Replays the
 * corpus in {@code WarcFuzzTestInputs} as a normal test; see docs/ROBUSTNESS.md for campaigns.
 */
class WarcFuzzTest {

  private static final IngestLimits LIMITS = new IngestLimits(1 << 16, 1 << 16, 4, 1 << 22);

  @FuzzTest(maxDuration = "10m")
  void warc(byte[] input) throws IOException {
    FileIngest.Collector collector = new FileIngest.Collector();
    new WarcArchiveReader(LIMITS).read(new ByteArrayInputStream(input), "fuzz.warc", collector);
    for (RawDocument document : collector.documents) {
      assertFalse(document.content().isBlank(), document::source);
      assertTrue(document.content().length() <= LIMITS.maxBytesPerFile(), document::source);
    }
    assertFalse(collector.documents.isEmpty() && collector.errors.isEmpty(), "nothing read must be reported");
  }
}
