package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.Fixtures;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private final Extractor extractor = new Extractor();

  @Test
  void declaredMetadataWinsOverWhatThePageSays() {
    String text = Fixtures.read("/dev/parallax/extract/text/menu-byline-caption-footer.txt");
    RawDocument document = new RawDocument("feed.jsonl#1", SourceFormat.TEXT, text, new RawDocument.Hints(
        "HTTPS://Example.org/strike/?utm_source=x#top", null, "Declared title",
        PublicationTime.of(LocalDate.of(2025, 3, 5)), "Declared Outlet"));
    var article = extractor.extract(document).article();
    assertEquals("Declared title", article.headline());
    assertEquals("Declared Outlet", article.outlet());
    assertEquals("2025-03-05", article.published().iso());
    assertEquals("https://example.org/strike", article.url());
  }

  @Test
  void idIsStableAndDependsOnUrlAndText() {
    String text = Fixtures.read("/dev/parallax/extract/text/roundup.txt");
    String first = extractor.extract(RawDocument.of("a.txt", SourceFormat.TEXT, text)).article().id();
    String again = extractor.extract(RawDocument.of("copy/b.txt", SourceFormat.TEXT, text + "\n\n")).article().id();
    String elsewhere = extractor.extract(new RawDocument("c", SourceFormat.TEXT, text,
        new RawDocument.Hints("https://example.org/x", null, null, null, null))).article().id();
    assertEquals(first, again);
    assertNotEquals(first, elsewhere);
    assertEquals(16, first.length());
  }

  @Test
  void pageWithoutArticleTextIsANamedError() {
    var result = extractor.extract(RawDocument.of("menu.txt", SourceFormat.TEXT, "Home | World\nSubscribe\n12\n"));
    assertNull(result.article());
    assertEquals(ErrorCode.NO_ARTICLE, result.error().code());
    assertEquals("menu.txt", result.error().source());
  }
}
