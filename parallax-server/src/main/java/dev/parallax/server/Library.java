package dev.parallax.server;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import java.util.List;
import java.util.Objects;

/**
 * The server's hold on one {@link Parallax}: readers get the current {@link Snapshot} without
 * waiting; ingests and searches take turns on the engine (which has one writer at a time), and
 * an ingest that added or rejected anything publishes a new snapshot.
 */
final class Library implements AutoCloseable {

  private final Parallax parallax;
  private volatile Snapshot snapshot;

  Library(Parallax parallax) {
    this.parallax = Objects.requireNonNull(parallax, "parallax");
    this.snapshot = new Snapshot(parallax.analysis());
  }

  Snapshot snapshot() {
    return snapshot;
  }

  synchronized IngestReport ingest(List<RawDocument> documents, List<IngestError> inputErrors) {
    IngestReport report = parallax.ingest(documents, inputErrors);
    if (!report.added().isEmpty() || !report.errors().isEmpty()) {
      snapshot = new Snapshot(parallax.analysis());
    }
    return report;
  }

  /** Every stored article matching {@code query}, best first: no cut-off. */
  synchronized List<Article> search(String query) {
    int stored = snapshot.analysis().articles().size();
    return stored == 0 ? List.of() : parallax.search(query, stored);
  }

  @Override
  public synchronized void close() {
    parallax.close();
  }
}
