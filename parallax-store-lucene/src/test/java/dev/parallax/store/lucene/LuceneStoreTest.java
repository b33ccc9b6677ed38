package dev.parallax.store.lucene;

import dev.parallax.store.Store;
import dev.parallax.store.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest extends StoreContract {

  @TempDir
  Path temp;
  private int stores;

  @Override
  protected Store newStore() {
    return LuceneStore.open(temp.resolve("store" + stores++));
  }
}
