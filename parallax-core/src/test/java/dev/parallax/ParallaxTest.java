package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.store.InMemoryStore;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallaxTest {

  private static final List<RawDocument> STRIKE = List.of(
      Fixtures.text("/dev/parallax/extract/text/menu-byline-caption-footer.txt"),
      Fixtures.text("/dev/parallax/cluster/strike-begins-wire.txt"),
      Fixtures.text("/dev/parallax/extract/text/masthead-published-subscribe.txt"),
      Fixtures.text("/dev/parallax/cluster/talks-agreed-times.txt"));

  @Test
  void ingestStoresArticlesAndTheAnalysisShowsOneStoryOfTwoEvents() {
    try (Parallax parallax = Parallax.builder().build()) {
      IngestReport report = parallax.ingest(STRIKE, List.of());
      assertEquals(4, report.added().size());
      Analysis analysis = parallax.analysis();
      assertEquals(2, analysis.events().size());
      assertEquals(1, analysis.stories().size());
      Analysis.StoryReport story = analysis.stories().get(0);
      assertEquals(2, story.brief().sentences().stream()
          .filter(sentence -> sentence.section() == dev.parallax.brief.BriefSentence.Section.SUMMARY)
          .filter(sentence -> sentence.citations().size() == 1).count(), "one lead sentence per event");
      assertEquals(story.brief().title(), story.story().title());
      assertEquals(4, story.comparison().coverage().reports().size());
    }
  }

  @Test
  void eventsNameTheirPeopleOnceAcrossArticles() {
    try (Parallax parallax = Parallax.builder().build()) {
      parallax.ingest(STRIKE, List.of());
      for (Analysis.EventReport event : parallax.analysis().events()) {
        var brell = event.entities().stream().filter(e -> e.name().equals("Tomas Brell")).findFirst().orElseThrow();
        assertEquals(dev.parallax.model.EntityType.PERSON, brell.type());
        assertEquals(2, brell.articles().size(), event.entities().toString());
        assertTrue(event.entities().stream().noneMatch(e -> e.name().equals("Brell")), event.entities().toString());
      }
    }
  }

  @Test
  void theSameInputTwiceIsStoredOnceAndReportedAsDuplicate() {
    try (Parallax parallax = Parallax.builder().build()) {
      parallax.ingest(STRIKE.subList(0, 1), List.of());
      IngestReport again = parallax.ingest(List.of(STRIKE.get(0), STRIKE.get(0)), List.of());
      assertEquals(0, again.added().size());
      assertEquals(2, again.duplicates().size());
      assertEquals(1, parallax.analysis().articles().size());
    }
  }

  @Test
  void badInputsAreReportedWhileTheRestOfTheBatchGoesOn() {
    try (Parallax parallax = Parallax.builder().build()) {
      IngestError unreadable = new IngestError("gone.txt", ErrorCode.UNREADABLE, "no such file");
      RawDocument empty = RawDocument.of("menu-only.txt", SourceFormat.TEXT, "Home | World\nSubscribe");
      IngestReport report = parallax.ingest(List.of(empty, STRIKE.get(0)), List.of(unreadable));
      assertEquals(1, report.added().size());
      assertEquals(List.of("gone.txt", "menu-only.txt"), report.errors().stream().map(IngestError::source).toList());
      assertEquals(2, parallax.analysis().errors().size());
    }
  }

  @Test
  void reopeningAStoreResumesClusteringWithTheSameIds() {
    InMemoryStore store = new InMemoryStore();
    Parallax first = Parallax.builder().store(store).build();
    first.ingest(STRIKE.subList(0, 2), List.of());
    Clustering before = store.clustering();

    Parallax second = Parallax.builder().store(store).build();
    second.ingest(STRIKE.subList(2, 4), List.of());
    Clustering after = store.clustering();
    assertEquals(before.events().get(0), after.events().get(0));
    assertEquals(2, after.events().size());
    assertEquals(1, after.stories().size());
  }

  @Test
  void aFailedCommitLeavesNothingHalfDone() {
    Store failing = fullDiskStore();
    try (Parallax parallax = Parallax.builder().store(failing).build()) {
      assertThrows(StoreException.class, () -> parallax.ingest(STRIKE, List.of()));
      assertTrue(parallax.analysis().events().isEmpty());
    }
  }

  /** A store whose every commit fails, as on a full disk: an in-memory store but for {@code commit}. */
  private static Store fullDiskStore() {
    Store empty = new InMemoryStore();
    return (Store) java.lang.reflect.Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            throw new StoreException("disk full");
          }
          try {
            return method.invoke(empty, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void searchFindsStoredArticles() {
    try (Parallax parallax = Parallax.builder().build()) {
      parallax.ingest(STRIKE, List.of());
      List<Article> hits = parallax.search("negotiating table", 5);
      assertTrue(hits.stream().anyMatch(a -> a.source().endsWith("talks-agreed-times.txt")), hits.toString());
    }
  }
}
