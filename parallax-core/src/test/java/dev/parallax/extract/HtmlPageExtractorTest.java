package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageExtractorTest {

  private final HtmlPageExtractor extractor = new HtmlPageExtractor();

  @Test
  void jsonLdMetadataAndArticleBody() {
    PageContent page = page("json-ld-article.html");
    assertEquals("Tarn ferries resume after storm repairs", page.headline());
    assertEquals("Island Gazette", page.outlet());
    assertEquals("2025-02-07T09:15Z", page.published().iso());
    assertEquals(List.of("Mira Holt"), page.authors());
    assertEquals("en", page.language());
    assertEquals("https://islandgazette.example/news/tarn-ferries-resume?utm_source=feed", page.url());
    assertEquals(List.of(
        "Ferries between Kelmar and Tarn island ran again on Friday after repairs to the landing stage damaged by last weekend's storm, the ferry operator said.",
        "The first boat left Kelmar at 7 a.m. with 80 passengers and a truck of building materials for the island.",
        "Timetable",
        "Weekdays: six crossings each way.",
        "Weekends: four crossings each way.",
        "\"We are grateful to the crews who worked through the night,\" island council leader Per Amsel said."),
        page.paragraphs());
    assertTrue(page.boilerplate().stream().anyMatch(line -> line.contains("All rights reserved")));
  }

  @Test
  void pageWithoutMetadataFindsTheBodyAmongPageFurniture() {
    PageContent page = page("divs-no-metadata.html");
    assertEquals("Orchard growers count frost losses", page.headline());
    assertEquals("2025-04-12", page.published().iso());
    String body = String.join("\n", page.paragraphs());
    assertTrue(body.startsWith("Apple and pear growers"), body);
    assertTrue(body.contains("Frost protection fans"), body);
    for (String furniture : List.of("Share on social media", "Advertisement", "Most read", "nobody from the council", "Copyright")) {
      assertFalse(body.contains(furniture), furniture);
    }
  }

  @Test
  void captionsBylinesCookieAndNewsletterStayOutOfTheBody() {
    PageContent page = page("figure-caption-byline.html");
    assertEquals("Coastline Daily", page.outlet());
    assertEquals(List.of("Jane Doe", "John Roe"), page.authors());
    assertEquals("2025-06-01T12:30+02:00", page.published().iso());
    assertEquals(List.of("Ola Wend at the top of the Kelmar lighthouse. (Photo: Coastline Daily)"), page.captions());
    assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(0).startsWith("Ola Wend, who kept"));
  }

  @Test
  void malformedMarkupStillYieldsItsParagraphs() {
    PageContent page = page("malformed.html");
    assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
    assertEquals("Harbour fees to rise", page.headline());
  }

  @Test
  void deeplyNestedMarkupDoesNotThrow() {
    PageContent page = page("deeply-nested.html");
    assertEquals(1, page.paragraphs().size());
  }

  @Test
  void longJsonLdStringsWithManyEscapesDoNotOverflowTheStack() {
    // Bug: a regex with an alternation inside a star overflowed the stack on long articleBody values.
    String body = "He said \\\"yes\\\" again.\\n".repeat(20_000);
    String html = "<html><head><script type=\"application/ld+json\">{\"headline\": \"Long \\\"quoted\\\" one\", "
        + "\"articleBody\": \"" + body + "\"}</script></head><body><p>Short.</p></body></html>";
    PageContent page = extractor.extract(html, null);
    assertEquals("Long \"quoted\" one", page.headline());
    assertEquals(20_000, page.paragraphs().size());
    assertEquals("He said \"yes\" again.", page.paragraphs().get(0));
  }

  @Test
  void emptyDocumentsGiveAnEmptyBody() {
    assertTrue(extractor.extract("", null).paragraphs().isEmpty());
    assertTrue(extractor.extract("   <html>", null).paragraphs().isEmpty());
  }

  private PageContent page(String name) {
    return extractor.extract(Fixtures.read("/dev/parallax/extract/html/" + name), null);
  }
}
