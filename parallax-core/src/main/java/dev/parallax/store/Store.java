package dev.parallax.store;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.IngestError;
import java.util.List;
import java.util.Optional;

/**
 * Where articles, ingest failures and the clustering live between runs. Implementations:
 * {@link InMemoryStore} here, and an on-disk Lucene store in {@code parallax-store-lucene}.
 *
 * <p>{@link #commit} is atomic: after a crash a reader sees either all of a batch or none of
 * it. Implementations are safe for use by one writer and concurrent readers.
 */
public interface Store extends AutoCloseable {

  /** Whether an article with this id is stored. */
  boolean contains(String articleId);

  /** The stored article with this id. */
  Optional<Article> article(String articleId);

  /** All stored articles in the order they were committed. */
  List<Article> articles();

  /** Every ingest failure recorded so far, in the order they were committed. */
  List<IngestError> errors();

  /** The latest committed clustering, {@link Clustering#EMPTY} for a new store. */
  Clustering clustering();

  /**
   * Stores new articles and errors and replaces the clustering, all at once.
   *
   * @throws IllegalArgumentException if an article id is already stored
   * @throws StoreException if the store cannot persist the batch; nothing of it is kept
   */
  void commit(Batch batch);

  /** Full-text search over stored articles: ids of the best matches, best first. */
  List<String> search(String query, int limit);

  @Override
  void close();

  /** What one commit adds. */
  record Batch(List<Article> articles, List<IngestError> errors, Clustering clustering) {
    public Batch {
      articles = List.copyOf(articles);
      errors = List.copyOf(errors);
      java.util.Objects.requireNonNull(clustering, "clustering");
    }
  }
}
