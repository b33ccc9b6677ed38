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
  void articleSplitAcrossSiblingSectionsIsTakenWholeWithoutCommentsRelatedOrCookies() {
    PageContent page = page("split-article.html");
    assertEquals(List.of(
        "Inspectors found three cracks in the concrete spillway of the Alder Creek dam during a routine survey on Tuesday, the regional water board said.",
        "The board said the cracks posed no immediate danger but that the reservoir would be kept a metre below its usual level until repairs were finished.",
        "Engineers expect the repairs to take about six weeks and to cost less than two million euros, according to the board's chief engineer, Lina Varga.",
        "Questions about earlier surveys",
        "Residents downstream asked why the cracks had not been noticed during the previous survey, carried out eighteen months ago by a private contractor.",
        "The board said it would publish both survey reports in full next week and hold a public meeting in Alder on the 14th."),
        page.paragraphs());
    assertEquals("Dam inspectors find cracks in spillway", page.headline());
  }

  @Test
  void textWrittenStraightIntoDivsAndSplitByLineBreaksIsFound() {
    PageContent page = page("text-in-divs.html");
    assertEquals(List.of(
        "The old market hall in Tessel reopened on Saturday, two years after a fire destroyed its roof and most of the stalls inside.",
        "About forty traders moved back in, and the town council said another twenty would follow once the upper gallery was finished.",
        "\"It feels like coming home,\" said baker Anouk Rens, whose family has sold bread in the hall since 1961.",
        "Stalls before the fire 72",
        "Stalls at reopening 40"),
        page.paragraphs());
  }

  @Test
  void aDeclaredArticleBodyWinsOverALongerServiceBlock() {
    PageContent page = page("short-declared-body.html");
    assertEquals(2, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(0).startsWith("Ferry crews called off"));
  }

  @Test
  void subHeadingsAndListsStayWhileShareBarsPitchesAndMoreStoriesGo() {
    PageContent page = page("in-body-list.html");
    assertEquals(List.of(
        "Good morning. Here is what you need to know this Tuesday about the city and its transport plans.",
        "Transport",
        "The new tram line to the harbour opens on Friday, two months earlier than planned.",
        "Bus fares stay the same next year, the transport authority confirmed after its budget meeting.",
        "Weather",
        "Expect rain in the afternoon and a cold night with frost on higher ground north of the river."),
        page.paragraphs());
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
