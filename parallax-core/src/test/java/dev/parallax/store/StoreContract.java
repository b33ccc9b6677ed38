package dev.parallax.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Analysis;
import dev.parallax.StorySummary;
import dev.parallax.brief.Brief;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Coverage;
import dev.parallax.compare.Framing;
import dev.parallax.compare.Timeline;
import dev.parallax.dedup.Origins;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.EntityType;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link Store} implementation must show; subclass it per implementation. */
public abstract class StoreContract {

  /** A fresh, empty store. */
  protected abstract Store newStore();

  public static Article article(String id, String body) {
    return new Article(
        id,
        "fixtures/" + id + ".txt",
        "https://example.org/" + id,
        "The Example Times",
        "Headline of " + id,
        new PublicationTime(LocalDate.of(2024, 5, 2), LocalTime.of(9, 30), ZoneOffset.ofHours(2)),
        List.of("Ada Lovelace"),
        body,
        List.of(new Span(0, body.length())),
        List.of("Subscribe", "Comment (0)"),
        List.of("A caption (Photo: Agencies)"),
        List.of("Reuters"),
        "en",
        new PublicationTime(LocalDate.of(2024, 5, 3), LocalTime.of(7, 5), ZoneOffset.UTC),
        "World");
  }

  /** The article with annotations of every kind a store must keep. */
  public static AnnotatedArticle annotated(Article article) {
    int end = article.body().length();
    return new AnnotatedArticle(article, List.of(new Span(0, end)),
        List.of(new Mention(new Span(0, Math.min(3, end)), EntityType.PERSON, "Ada Lovelace")), List.of(), List.of(),
        List.of(new Quote(new Span(0, end), "Ada Lovelace", new Span(0, Math.min(3, end)), "said", Quote.Kind.INDIRECT)),
        List.of(new Span(0, end)), LocalDate.of(2024, 5, 1));
  }

  public static AnnotatedArticle annotated(String id, String body) {
    return annotated(article(id, body));
  }

  /** A stored analysis of event {@code id} of {@code story} holding {@code articles}, published on {@code day}. */
  public static Analysis.EventReport eventReport(String id, String story, LocalDate day, String... articles) {
    Event event = new Event(id, day, List.of(articles), story);
    List<Coverage.Report> reports = java.util.Arrays.stream(articles)
        .map(article -> new Coverage.Report(article, "Outlet of " + article, PublicationTime.of(day), List.of())).toList();
    Comparison comparison = new Comparison(new Coverage(reports, articles.length, articles[0]), List.of(),
        new Framing(List.of(), List.of(), List.of(), List.of()), new Timeline(List.of()));
    return new Analysis.EventReport(event, List.of(), List.of(), new Origins(articles.length, articles.length,
        articles.length, List.of()), comparison, List.of(), new Analysis.Sample(articles.length, List.of(articles)));
  }

  /** A stored story of these events, its summary from them. */
  public static Store.StoryRecord storyRecord(String id, String title, Analysis.EventReport... events) {
    Story story = new Story(id, title, java.util.Arrays.stream(events).map(e -> e.event().id()).toList());
    Comparison comparison = events[0].comparison();
    Analysis.StoryReport report = new Analysis.StoryReport(story, new Brief(title, List.of()), comparison, List.of(),
        new Analysis.Sample(events.length, List.of()));
    List<String> outlets = java.util.Arrays.stream(events).flatMap(e -> e.event().articles().stream())
        .map(article -> "Outlet of " + article).toList();
    int articles = outlets.size();
    LocalDate last = java.util.Arrays.stream(events).map(e -> e.event().date()).max(LocalDate::compareTo).orElseThrow();
    LocalDate first = java.util.Arrays.stream(events).map(e -> e.event().date()).min(LocalDate::compareTo).orElseThrow();
    return new Store.StoryRecord(report, new StorySummary(id, title, null, events.length, articles, outlets, first, last));
  }

  static Store.Commit commit(List<AnnotatedArticle> articles, List<Analysis.EventReport> events,
      List<Store.StoryRecord> stories) {
    return new Store.Commit(articles, true, List.of(), List.of(), Store.Versions.NONE, events, Set.of(), stories,
        Set.of(), List.of(), null);
  }

  @Test
  void newStoreIsEmpty() {
    try (Store store = newStore()) {
      assertTrue(store.articles().isEmpty());
      assertTrue(store.errors().isEmpty());
      assertEquals(Clustering.EMPTY, store.clustering());
      assertEquals(0, store.lastCommit());
      assertTrue(store.checkpoint().isEmpty());
      assertEquals(0, store.stories(0, 10).total());
    }
  }

  @Test
  void committedArticlesAreReadBackWholeWithTheirAnnotations() {
    try (Store store = newStore()) {
      AnnotatedArticle first = annotated("a1", "The harbour strike began on Monday.");
      AnnotatedArticle second = annotated("a2", "Dockworkers walked out at dawn.");
      IngestError error = new IngestError("bad.bin", ErrorCode.BINARY, "NUL byte at offset 3");
      store.commit(new Store.Commit(List.of(first, second), true, List.of(), List.of(error), Store.Versions.NONE,
          List.of(), Set.of(), List.of(), Set.of(), List.of(), null));

      assertEquals(List.of(first.article(), second.article()), store.articles());
      assertEquals(first.article(), store.article("a1").orElseThrow());
      assertEquals(List.of(second, first), store.annotated(List.of("a2", "nope", "a1")));
      assertTrue(store.contains("a2"));
      assertFalse(store.contains("a3"));
      assertEquals(List.of(error), store.errors());
      assertTrue(store.hasError(error));
      assertFalse(store.hasError(new IngestError("bad.bin", ErrorCode.BINARY, "another reason")));
      assertEquals(java.util.Optional.of("a1"), store.currentAt("https://example.org/a1"));
      assertEquals(List.of(second.article()), store.articles(1, 5));
      assertEquals(2, store.articleCount());
    }
  }

  @Test
  void eventsAndStoriesAreStoredRecordsReplacedWhenTheyChange() {
    try (Store store = newStore()) {
      LocalDate may1 = LocalDate.of(2024, 5, 1);
      Analysis.EventReport e1 = eventReport("e1", "s1", may1, "a1");
      store.commit(commit(List.of(annotated("a1", "one")), List.of(e1), List.of(storyRecord("s1", "One", e1))));
      Analysis.EventReport grown = eventReport("e1", "s1", may1, "a1", "a2");
      Analysis.EventReport e2 = eventReport("e2", "s2", may1.plusDays(3), "a3");
      store.commit(commit(List.of(annotated("a2", "two"), annotated("a3", "three")), List.of(grown, e2),
          List.of(storyRecord("s1", "One", grown), storyRecord("s2", "Two", e2))));

      assertEquals(grown, store.event("e1").orElseThrow());
      assertTrue(store.event("s1").isEmpty(), "a story id is no event id");
      assertEquals(List.of(e2, grown), store.events(List.of("e2", "e9", "e1")));
      assertEquals(List.of(grown, e2), store.events(0, 10));
      assertEquals(List.of(e2), store.events(1, 10));
      assertEquals(2, store.eventCount());
      assertEquals(java.util.Optional.of("e1"), store.eventOfArticle("a2"));
      assertEquals("One", store.story("s1").orElseThrow().story().title());
      assertEquals(2, store.storySummary("s1").orElseThrow().articles());
      assertEquals(List.of("s2", "s1"), store.stories(0, 10).stories().stream().map(StorySummary::id).toList(),
          "latest first");
      assertEquals(List.of("s1"), store.stories(1, 10).stories().stream().map(StorySummary::id).toList());
      assertEquals(2, store.stories(1, 10).total());
      assertEquals(new Clustering(List.of(grown.event(), e2.event()),
          List.of(store.story("s1").orElseThrow().story(), store.story("s2").orElseThrow().story())), store.clustering());
    }
  }

  @Test
  void mergesRemoveRecordsAppendTheLogAndResolveToTheSurvivor() {
    try (Store store = newStore()) {
      LocalDate day = LocalDate.of(2024, 5, 1);
      Analysis.EventReport e1 = eventReport("e1", "s1", day, "a1");
      Analysis.EventReport e2 = eventReport("e2", "s2", day, "a2");
      store.commit(commit(List.of(annotated("a1", "one"), annotated("a2", "two")), List.of(e1, e2),
          List.of(storyRecord("s1", "One", e1), storyRecord("s2", "Two", e2))));
      Analysis.EventReport merged = eventReport("e1", "s1", day, "a1", "a2");
      ClusterChange events = new ClusterChange(ClusterChange.Kind.MERGE, List.of("e1", "e2"), List.of("e1"),
          Instant.parse("2024-05-02T00:00:00Z"), ClusterChange.Cause.INGEST, "a2");
      ClusterChange stories = new ClusterChange(ClusterChange.Kind.MERGE, List.of("s1", "s2"), List.of("s1"),
          Instant.parse("2024-05-02T00:00:00Z"), ClusterChange.Cause.INGEST, "a2");
      store.commit(new Store.Commit(List.of(), false, List.of(), List.of(), Store.Versions.NONE, List.of(merged),
          Set.of("e2"), List.of(storyRecord("s1", "One", merged)), Set.of("s2"), List.of(events, stories), null));

      assertTrue(store.event("e2").isEmpty());
      assertTrue(store.story("s2").isEmpty());
      assertEquals(1, store.storyCount());
      assertEquals(java.util.Optional.of("e1"), store.eventOfArticle("a2"));
      assertEquals(List.of(events, stories), store.changes());
      assertEquals(List.of(stories), store.changesNaming(List.of("s2")));
      assertEquals(java.util.Optional.of("e1"), store.resolve("e2"));
      assertEquals(java.util.Optional.of("s1"), store.resolve("s2"));
      assertEquals(java.util.Optional.of("s1"), store.resolve("s1"));
      assertTrue(store.resolve("e7").isEmpty());
    }
  }

  @Test
  void theCheckpointAndTheCommitsAfterItAreKept() {
    try (Store store = newStore()) {
      store.commit(commit(List.of(annotated("a1", "one")), List.of(), List.of()));
      store.commit(new Store.Commit(List.of(annotated("a2", "two")), true, List.of(), List.of(), Store.Versions.NONE,
          List.of(), Set.of(), List.of(), Set.of(), List.of(), new byte[] {4, 2}));
      store.commit(commit(List.of(annotated("a3", "three"), annotated("a4", "four")), List.of(), List.of()));
      store.commit(Store.Commit.of(List.of(annotated("a5", "five")), List.of()));
      store.commit(commit(List.of(annotated("a6", "six")), List.of(), List.of()));

      assertEquals(5, store.lastCommit());
      assertEquals(2, store.checkpoint().orElseThrow().commit());
      assertArrayEquals(new byte[] {4, 2}, store.checkpoint().orElseThrow().state());
      assertEquals(List.of(List.of("a3", "a4"), List.of("a6")), store.clusteredAfter(2).stream()
          .map(batch -> batch.stream().map(AnnotatedArticle::id).toList()).toList());
      assertEquals(annotated("a3", "three"), store.clusteredAfter(2).get(0).get(0));
    }
  }

  @Test
  void storingAnArticleTwiceIsRefusedAndKeepsTheStoreIntact() {
    try (Store store = newStore()) {
      store.commit(Store.Commit.of(List.of(annotated("a1", "one")), List.of()));
      Store.Commit again = Store.Commit.of(List.of(annotated("a2", "two"), annotated("a1", "one")), List.of());
      assertThrows(IllegalArgumentException.class, () -> store.commit(again));
      assertEquals(List.of("a1"), store.articles().stream().map(Article::id).toList());
      assertEquals(1, store.lastCommit());
    }
  }

  @Test
  void searchFindsArticlesByWords() {
    try (Store store = newStore()) {
      store.commit(Store.Commit.of(
          List.of(annotated("a1", "The harbour strike began on Monday."), annotated("a2", "A dam failed upstream.")),
          List.of()));
      assertEquals(List.of("a1"), store.search("harbour strike", 10));
      assertEquals(List.of("a2"), store.search("dam", 10));
      assertTrue(store.search("volcano", 10).isEmpty());
    }
  }
}
