package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.RawDocument;
import dev.parallax.store.InMemoryStore;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleVersionsTest {

  static final String URL = "https://herald.example.org/news/pier-reopens";

  /** A page at {@code url} whose text changes with {@code update}. */
  static RawDocument page(String url, String update) {
    String html = "<html><head><title>Northern pier reopens after storm repairs</title></head><body><article>"
        + "<h1>Northern pier reopens after storm repairs</h1>"
        + "<p>The harbour authority reopened the northern pier in Portsmouth on Tuesday after three weeks of repairs "
        + "to storm damage, officials said in a statement.</p>"
        + "<p>Harbour master Tom Reed said the ferry timetable would return to normal by Friday. " + update + "</p>"
        + "</article></body></html>";
    return new RawDocument(url, dev.parallax.model.SourceFormat.HTML, html,
        new RawDocument.Hints(url, null, null, null, null));
  }

  @Test
  void reingestingAddsNothingAndAChangedTextIsANewVersionNotANewArticle() {
    try (Parallax parallax = Parallax.builder().store(new InMemoryStore()).build()) {
      Article first = parallax.ingest(List.of(page(URL, "")), List.of()).added().get(0);
      IngestReport again = parallax.ingest(List.of(page(URL + "?utm_source=rss", "")), List.of());
      assertEquals(List.of(), again.added());
      assertEquals(1, again.duplicates().size());

      IngestReport updated = parallax.ingest(List.of(page(URL, "Engineers replaced forty metres of decking.")), List.of());
      Article second = updated.added().get(0);
      assertEquals(List.of(new IngestReport.Version(URL, second.id(), first.id())), updated.versions());
      Analysis analysis = parallax.analysis();
      assertEquals(List.of(second.id()), analysis.articles().stream().map(Article::id).toList(), "the latest version is analysed");
      assertEquals(List.of(second.id()), analysis.events().stream().map(Analysis.EventReport::event)
          .flatMap(event -> event.articles().stream()).toList(), "the new version takes the old one's place");
      assertEquals(parallax.reanalysis(), analysis, "the event and story were analysed again with the new version");
      assertEquals(List.of(first.id(), second.id()), parallax.versions(URL).stream().map(Article::id).toList());

      IngestReport old = parallax.ingest(List.of(page(URL, "")), List.of());
      assertEquals(List.of(), old.added(), "an earlier version read again is a duplicate, not a newer version");
      assertEquals(List.of(first.id()), old.duplicates().stream().map(IngestReport.Duplicate::articleId).toList());
    }
  }

  @Test
  void versionsMetInOneBatchKeepTheLastAsCurrent() {
    try (Parallax parallax = Parallax.builder().build()) {
      IngestReport report = parallax.ingest(List.of(page(URL, ""), page(URL, "Update one."), page(URL, "Update two.")),
          List.of());
      assertEquals(1, report.added().size());
      assertTrue(report.added().get(0).body().contains("Update two."));
      assertEquals(2, report.versions().size());
      assertEquals(3, parallax.versions(URL).size());
      List<Event> events = parallax.analysis().events().stream().map(Analysis.EventReport::event).toList();
      assertEquals(1, events.size());
      assertEquals(List.of(report.added().get(0).id()), events.get(0).articles());
    }
  }

  @Test
  void aNewVersionOfAnArticleWhoseStoryClosedLongAgoUpdatesItsStoredEventAndStory() {
    try (Parallax parallax = Parallax.builder().build()) {
      RawDocument early = dated(page(URL, ""), "2024-01-02");
      String first = parallax.ingest(List.of(early), List.of()).added().get(0).id();
      String event = parallax.store().eventOfArticle(first).orElseThrow();
      RawDocument later = dated(page("https://herald.example.org/news/dam", "A dam failed upstream in Vasselo."),
          "2024-04-20");
      parallax.ingest(List.of(later), List.of());
      IngestReport updated = parallax.ingest(List.of(dated(page(URL, "Engineers replaced the decking."), "2024-01-02")),
          List.of());
      String second = updated.added().get(0).id();
      assertEquals(List.of(second), parallax.event(event).orElseThrow().event().articles());
      assertEquals(parallax.reanalysis(), parallax.analysis());
    }
  }

  private static RawDocument dated(RawDocument page, String day) {
    RawDocument.Hints hints = page.hints();
    return new RawDocument(page.source(), page.format(), page.content(), new RawDocument.Hints(hints.url(), hints.id(),
        hints.title(), dev.parallax.model.PublicationTime.parse(day), hints.outlet()));
  }

  @Test
  void aSiteHomePageAsCanonicalUrlNeverMakesVersions() {
    try (Parallax parallax = Parallax.builder().build()) {
      IngestReport report = parallax.ingest(List.of(page("https://herald.example.org/", ""),
          page("https://herald.example.org/", "A different article entirely.")), List.of());
      assertEquals(2, report.added().size());
      assertEquals(List.of(), report.versions());
    }
  }
}
