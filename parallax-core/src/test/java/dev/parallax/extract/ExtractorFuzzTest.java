package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the two page parsers, scraped text and HTML, through {@link Extractor} and then the
 * annotator. Properties: extraction never fails with {@code failed} (a defect), every
 * paragraph span lies inside the body, and an extracted article annotates without throwing.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the corpus in {@code ExtractorFuzzTestInputs}
 * as a normal test (an empty input included); {@code scripts/fuzz} runs the 10-minute campaigns
 * (docs/ROBUSTNESS.md), where an input that runs 10 s is a finding (a hang).
 */
class ExtractorFuzzTest {

  private static final Extractor EXTRACTOR = new Extractor();
  private static final Annotator ANNOTATOR = Annotator.standard();

  @FuzzTest(maxDuration = "10m")
  void scrapedText(byte[] input) {
    check(new String(input, StandardCharsets.UTF_8), SourceFormat.TEXT);
  }

  @FuzzTest(maxDuration = "10m")
  void html(byte[] input) {
    check(new String(input, StandardCharsets.UTF_8), SourceFormat.HTML);
  }

  private static void check(String content, SourceFormat format) {
    Extractor.Result result = EXTRACTOR.extract(RawDocument.of("fuzz", format, content));
    if (result.error() != null) {
      assertNotEquals(ErrorCode.FAILED, result.error().code(), () -> result.error().message());
      return;
    }
    String body = result.article().body();
    for (Span paragraph : result.article().paragraphs()) {
      assertTrue(paragraph.start() >= 0 && paragraph.end() <= body.length(), paragraph::toString);
    }
    AnnotatedArticle annotated = ANNOTATOR.annotate(result.article());
    assertEquals(result.article().id(), annotated.id());
  }
}
