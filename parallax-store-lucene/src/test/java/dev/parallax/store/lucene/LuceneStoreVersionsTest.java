package dev.parallax.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.store.Store;
import dev.parallax.store.StoreContract;
import dev.parallax.store.StoreVersionsContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreVersionsTest extends StoreVersionsContract {

  @TempDir
  Path temp;
  private int stores;

  @Override
  protected Store newStore() {
    return LuceneStore.open(temp.resolve("store" + stores++));
  }

  @Test
  void versionsSurviveReopening() {
    Path directory = temp.resolve("reopened");
    try (Store store = LuceneStore.open(directory)) {
      store.commit(Store.Commit.of(List.of(StoreContract.annotated(version("v1"))), List.of()));
      store.commit(new Store.Commit(List.of(StoreContract.annotated(version("v2"))), true, List.of(), List.of(),
          new Store.Versions(Set.of("v1"), List.of()), List.of(), Set.of(), List.of(), Set.of(), List.of(), null));
    }
    try (Store store = LuceneStore.open(directory)) {
      assertEquals(List.of("v2"), store.articles().stream().map(Article::id).toList());
      assertEquals(List.of("v1", "v2"), store.versions(URL).stream().map(Article::id).toList());
      assertTrue(store.contains("v1"));
    }
  }
}
