package dev.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How every {@link Store} that keeps article versions behaves; subclass it per implementation. */
public abstract class StoreVersionsContract {

  protected static final String URL = "https://example.org/news/pier";

  /** A fresh, empty store. */
  protected abstract Store newStore();

  private static Store.Commit commit(List<Article> articles, Store.Versions versions) {
    return new Store.Commit(articles.stream().map(StoreContract::annotated).toList(), true, List.of(), List.of(),
        versions, List.of(), Set.of(), List.of(), Set.of(), List.of(), null);
  }

  /** Article {@code id} at the shared URL. */
  public static Article version(String id) {
    Article base = StoreContract.article(id, "Body of version " + id + ".");
    return new Article(base.id(), base.source(), URL, base.outlet(), base.headline(), base.published(), base.authors(),
        base.body(), base.paragraphs(), base.boilerplate(), base.captions(), base.credits(), base.language(),
        base.modified(), base.section());
  }

  @Test
  void aSupersededArticleBecomesAnEarlierVersionInTheSameCommit() {
    try (Store store = newStore()) {
      store.commit(commit(List.of(version("v1")), Store.Versions.NONE));
      store.commit(commit(List.of(version("v3")), new Store.Versions(Set.of("v1"), List.of(version("v2")))));
      assertEquals(List.of("v3"), store.articles().stream().map(Article::id).toList());
      assertEquals(List.of("v1", "v2", "v3"), store.versions(URL).stream().map(Article::id).toList());
      assertTrue(store.contains("v1") && store.contains("v2"), "earlier versions are known");
      assertTrue(store.article("v1").isEmpty(), "but not current");
      assertFalse(store.search("version", 10).contains("v1"), "and not searched");
      assertEquals(List.of(), store.versions("https://example.org/other"));
      assertEquals(java.util.Optional.of("v3"), store.currentAt(URL));
    }
  }

  @Test
  void aRefusedCommitChangesNoVersion() {
    try (Store store = newStore()) {
      store.commit(commit(List.of(version("v1"), version("w1")), Store.Versions.NONE));
      assertThrows(IllegalArgumentException.class, () -> store.commit(
          commit(List.of(version("w1")), new Store.Versions(Set.of("v1"), List.of()))));
      assertThrows(IllegalArgumentException.class, () -> store.commit(
          commit(List.of(version("v2")), new Store.Versions(Set.of("nope"), List.of()))));
      assertEquals(List.of("v1", "w1"), store.articles().stream().map(Article::id).toList());
      assertEquals(List.of("v1", "w1"), store.versions(URL).stream().map(Article::id).toList());
    }
  }
}
