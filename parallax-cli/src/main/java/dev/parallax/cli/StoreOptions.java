package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.store.lucene.LuceneStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by commands that read or write a store. */
final class StoreOptions {

  @Option(names = "--store", paramLabel = "DIR", required = true,
      description = "The store directory (created if missing). It keeps articles and stories between runs.")
  Path store;

  Parallax open() {
    return builder().build();
  }

  /** A builder on the store, for commands that set more than the store. */
  Parallax.Builder builder() {
    return Parallax.builder().store(LuceneStore.open(store));
  }
}
