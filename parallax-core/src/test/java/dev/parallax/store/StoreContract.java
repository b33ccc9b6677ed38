package dev.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import dev.parallax.model.Story;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
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

  public static Clustering clusteringOf(String... articleIds) {
    Event event = new Event("e1", LocalDate.of(2024, 5, 1), List.of(articleIds), "s1");
    return new Clustering(List.of(event), List.of(new Story("s1", "A story", List.of("e1"))));
  }

  @Test
  void newStoreIsEmpty() {
    try (Store store = newStore()) {
      assertTrue(store.articles().isEmpty());
      assertTrue(store.errors().isEmpty());
      assertEquals(Clustering.EMPTY, store.clustering());
    }
  }

  @Test
  void committedBatchIsReadBackWhole() {
    try (Store store = newStore()) {
      Article first = article("a1", "The harbour strike began on Monday.");
      Article second = article("a2", "Dockworkers walked out at dawn.");
      IngestError error = new IngestError("bad.bin", ErrorCode.BINARY, "NUL byte at offset 3");
      store.commit(new Store.Batch(List.of(first, second), List.of(error), clusteringOf("a1", "a2")));

      assertEquals(List.of(first, second), store.articles());
      assertEquals(first, store.article("a1").orElseThrow());
      assertTrue(store.contains("a2"));
      assertFalse(store.contains("a3"));
      assertEquals(List.of(error), store.errors());
      assertEquals(clusteringOf("a1", "a2"), store.clustering());
    }
  }

  @Test
  void laterBatchesExtendEarlierOnes() {
    try (Store store = newStore()) {
      store.commit(new Store.Batch(List.of(article("a1", "one")), List.of(), clusteringOf("a1")));
      store.commit(new Store.Batch(List.of(article("a2", "two")), List.of(), clusteringOf("a1", "a2")));
      assertEquals(List.of("a1", "a2"), store.articles().stream().map(Article::id).toList());
      assertEquals(clusteringOf("a1", "a2"), store.clustering());
    }
  }

  @Test
  void storingAnArticleTwiceIsRefusedAndKeepsTheStoreIntact() {
    try (Store store = newStore()) {
      store.commit(new Store.Batch(List.of(article("a1", "one")), List.of(), clusteringOf("a1")));
      Store.Batch again = new Store.Batch(List.of(article("a2", "two"), article("a1", "one")), List.of(), Clustering.EMPTY);
      assertThrows(IllegalArgumentException.class, () -> store.commit(again));
      assertEquals(List.of("a1"), store.articles().stream().map(Article::id).toList());
      assertEquals(clusteringOf("a1"), store.clustering());
    }
  }

  @Test
  void searchFindsArticlesByWords() {
    try (Store store = newStore()) {
      store.commit(new Store.Batch(
          List.of(article("a1", "The harbour strike began on Monday."), article("a2", "A dam failed upstream.")),
          List.of(), Clustering.EMPTY));
      assertEquals(List.of("a1"), store.search("harbour strike", 10));
      assertEquals(List.of("a2"), store.search("dam", 10));
      assertTrue(store.search("volcano", 10).isEmpty());
    }
  }
}
