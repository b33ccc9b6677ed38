package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void htmlPagesGiveTheirModifiedDateAndSection() {
    String page = Fixtures.read("/dev/parallax/extract/html/dates-json-ld-graph.html");
    var article = extractor.extract(RawDocument.of("night-buses.html", SourceFormat.HTML, page)).article();
    assertEquals("2022-10-05T21:40+01:00", article.published().iso());
    assertEquals("2022-10-06T18:02:11+01:00", article.modified().iso());
    assertEquals("Transport", article.section());
    var text = extractor.extract(Fixtures.text("/dev/parallax/extract/text/roundup.txt")).article();
    assertNull(text.modified());
    assertNull(text.section());
  }

  @Test
  void aModifiedDateBeforeTheDeclaredPublicationIsDropped() {
    String page = Fixtures.read("/dev/parallax/extract/html/dates-json-ld-graph.html");
    var article = extractor.extract(new RawDocument("feed.jsonl#2", SourceFormat.HTML, page, new RawDocument.Hints(
        null, null, null, PublicationTime.of(LocalDate.of(2022, 10, 9)), null))).article();
    assertEquals("2022-10-09", article.published().iso());
    assertNull(article.modified());
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

  @Test
  void htmlOverTheSizeLimitIsRefusedByName() {
    String page = "<p>" + "x".repeat(Extractor.MAX_HTML_CHARS) + "</p>";
    var result = extractor.extract(RawDocument.of("huge.html", SourceFormat.HTML, page));
    assertEquals(ErrorCode.TOO_LARGE, result.error().code());
  }

  @Test
  void aLargePageWithManyBlocksIsHandled() {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 30_000; i++) {
      page.append("<div class=\"story\"><p>The council met for the ").append(i)
          .append("th time on Tuesday to discuss the harbour budget for next year.</p>")
          .append("<ul class=\"related\"><li><a href=\"/x\">Related story</a></li></ul></div>");
    }
    var result = extractor.extract(RawDocument.of("large.html", SourceFormat.HTML, page.toString()));
    assertNull(result.error());
    assertTrue(result.article().body().startsWith("The council met for the 0th time"), result.article().body());
  }

  @Test
  void htmlPublishedReadsTheUrlWhenThePageDeclaresNothing() {
    assertEquals("2019-11-18", extractor.htmlPublished("<p>No dates here.</p>",
        "https://news.example/2019/11/18/harbour-budget").iso());
  }
}
