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

  /** Whether an article with this id is stored, current or as an earlier version. */
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

  /**
   * Stores a batch as {@link #commit(Batch)} does and, in the same atomic commit, records
   * article versions: each stored article named in {@link Versions#superseded()} stops being
   * current and becomes an earlier version, and each article in {@link Versions#earlier()} is
   * stored as an earlier version only. Earlier versions are not in {@link #articles()} or
   * {@link #search}, but {@link #contains} knows them and {@link #versions} lists them.
   * Stores that keep no versions accept only {@link Versions#NONE}.
   *
   * @throws IllegalArgumentException if an id is already stored, or a superseded id is not current
   * @throws StoreException if the store cannot persist the batch; nothing of it is kept
   */
  default void commit(Batch batch, Versions versions) {
    if (!versions.isEmpty()) {
      throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no article versions");
    }
    commit(batch);
  }

  /**
   * Every stored version of the article at this canonical URL, oldest first, the current one
   * last; empty when none is stored.
   */
  default List<Article> versions(String url) {
    return articles().stream().filter(article -> url.equals(article.url())).toList();
  }

  /** Full-text search over stored articles: ids of the best matches, best first. */
  List<String> search(String query, int limit);

  @Override
  void close();

  /**
   * The version changes of one commit.
   *
   * @param superseded ids of stored current articles that become earlier versions
   * @param earlier new articles stored as earlier versions only (an older copy of a URL met
   *     in the same batch as a newer one), oldest first
   */
  record Versions(java.util.Set<String> superseded, List<Article> earlier) {
    public static final Versions NONE = new Versions(java.util.Set.of(), List.of());

    public Versions {
      superseded = java.util.Set.copyOf(superseded);
      earlier = List.copyOf(earlier);
    }

    public boolean isEmpty() {
      return superseded.isEmpty() && earlier.isEmpty();
    }
  }

  /** What one commit adds. */
  record Batch(List<Article> articles, List<IngestError> errors, Clustering clustering) {
    public Batch {
      articles = List.copyOf(articles);
      errors = List.copyOf(errors);
      java.util.Objects.requireNonNull(clustering, "clustering");
    }
  }
}
