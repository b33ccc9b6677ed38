package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes {@link JsonLinesReader}. Properties: reading never throws, every record becomes a
 * document with content or a named error, and small limits are honoured. Replays the corpus
 * in {@code JsonLinesFuzzTestInputs} as a normal test; see docs/ROBUSTNESS.md for campaigns.
 */
class JsonLinesFuzzTest {

  private static final IngestLimits LIMITS = new IngestLimits(1 << 16, 1 << 12, 4, 1 << 20);

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) throws IOException {
    FileIngest.Collector collector = new FileIngest.Collector();
    new JsonLinesReader(LIMITS).read(new ByteArrayInputStream(input), "fuzz.jsonl", collector);
    for (RawDocument document : collector.documents) {
      assertFalse(document.content().isBlank(), document::source);
    }
    assertFalse(collector.documents.isEmpty() && collector.errors.isEmpty(), "nothing read must be reported");
  }
}
