package dev.parallax.store;

import dev.parallax.Analysis;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.IngestError;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where articles with their annotations, ingest failures, the events and stories with their
 * stored analysis, the log of id changes and the clusterer's checkpoint live between runs.
 * Implementations: {@link InMemoryStore} here, and an on-disk Lucene store in {@code
 * parallax-store-lucene}.
 *
 * <p>Everything a read needs is a stored record: a read never recomputes an analysis, and lists
 * are paged by the store. {@link #commit} is atomic: after a crash a reader sees either all of
 * a commit or none of it. Implementations are safe for use by one writer and concurrent readers.
 */
public interface Store extends AutoCloseable {

  /** Whether an article with this id is stored, current or as an earlier version. */
  boolean contains(String articleId);

  /** The stored current article with this id. */
  Optional<Article> article(String articleId);

  /** All current articles in the order they were committed (a whole-store read: O(articles)). */
  List<Article> articles();

  /** A page of the current articles in the order they were committed. */
  default List<Article> articles(int offset, int limit) {
    List<Article> all = articles();
    return all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
  }

  /** These current articles, in the order asked; unknown ids are left out. */
  default List<Article> articles(List<String> articleIds) {
    return articleIds.stream().map(this::article).flatMap(Optional::stream).toList();
  }

  /** How many current articles are stored. */
  default int articleCount() {
    return articles().size();
  }

  /** The stored annotations of these current articles, in the order asked; ids without one are left out. */
  List<AnnotatedArticle> annotated(List<String> articleIds);

  /** The id of the current article at this canonical URL, if any. */
  default Optional<String> currentAt(String url) {
    return articles().stream().filter(article -> url.equals(article.url())).map(Article::id).reduce((a, b) -> b);
  }

  /** Every ingest failure recorded so far, in the order they were committed. */
  List<IngestError> errors();

  /** Whether this very failure (same input, code and message) is recorded. */
  default boolean hasError(IngestError error) {
    return errors().contains(error);
  }

  /** The events, stories and changes stored, events and stories by creation (a whole-store read). */
  Clustering clustering();

  /** The stored analysis of the current event {@code id}. */
  Optional<Analysis.EventReport> event(String id);

  /** The stored analyses of these current events, in the order asked; unknown ids are left out. */
  default List<Analysis.EventReport> events(List<String> ids) {
    return ids.stream().map(this::event).flatMap(Optional::stream).toList();
  }

  /** A page of the current events' analyses by creation (id number). */
  List<Analysis.EventReport> events(int offset, int limit);

  /** How many current events are stored. */
  int eventCount();

  /** The event holding a current article, if it is clustered. */
  Optional<String> eventOfArticle(String articleId);

  /** The stored analysis of the current story {@code id}. */
  Optional<Analysis.StoryReport> story(String id);

  /** The stored summary of the current story {@code id}. */
  Optional<StorySummary> storySummary(String id);

  /** A page of the stories, latest first ({@link StorySummary#LATEST_FIRST}), sorted by the store. */
  StoryPage stories(int offset, int limit);

  /** How many current stories are stored. */
  int storyCount();

  /** Every merge and split of ids recorded, oldest first. */
  List<ClusterChange> changes();

  /** The recorded changes that name any of {@code ids}, oldest first. */
  default List<ClusterChange> changesNaming(Collection<String> ids) {
    return changes().stream()
        .filter(c -> c.from().stream().anyMatch(ids::contains) || c.to().stream().anyMatch(ids::contains)).toList();
  }

  /**
   * The current event or story id that {@code id} stands for: itself when current, the
   * survivor of the merges it went into; empty for an id never given.
   */
  Optional<String> resolve(String id);

  /**
   * The clustering of a store written by an earlier release in one record, before its first
   * open by this one migrates it (the change log and {@link #resolve} answer from it until then);
   * empty for a store in the current layout.
   */
  default Optional<Clustering> legacyClustering() {
    return Optional.empty();
  }

  /** The latest clusterer checkpoint, if one was written. */
  Optional<Checkpoint> checkpoint();

  /** The number of the last commit, 0 for a new store; each commit's number is one more. */
  long lastCommit();

  /**
   * The articles clustered in each commit after {@code commit} (those with {@link
   * Commit#clustered()}), one list per commit, oldest first: what a checkpoint of that commit
   * needs to catch up.
   */
  List<List<AnnotatedArticle>> clusteredAfter(long commit);

  /**
   * Writes one commit: new articles with their annotations, failures, versions, the events and
   * stories that changed with their analysis, ids gone, changes appended, and a checkpoint.
   *
   * @throws IllegalArgumentException if an article id is already stored, or a superseded id is not current
   * @throws StoreException if the store cannot persist the commit; nothing of it is kept
   */
  void commit(Commit commit);

  /**
   * Refuses a commit that would store an article id twice or supersede an article that is not
   * current, before anything is written (for implementations of {@link #commit}).
   *
   * @throws IllegalArgumentException naming the first offending id
   */
  default void checkCommit(Commit commit) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    Stream.concat(commit.articles().stream().map(AnnotatedArticle::id), commit.versions().earlier().stream().map(Article::id))
        .forEach(id -> {
          if (!ids.add(id) || contains(id)) {
            throw new IllegalArgumentException("article already stored: " + id);
          }
        });
    for (String id : commit.versions().superseded()) {
      if (article(id).isEmpty()) {
        throw new IllegalArgumentException("superseded article is not a current one: " + id);
      }
    }
  }

  /**
   * Every stored version of the article at this canonical URL, oldest first, the current one
   * last; empty when none is stored.
   */
  List<Article> versions(String url);

  /** Full-text search over current articles: ids of the best matches, best first. */
  List<String> search(String query, int limit);

  @Override
  void close();

  /** A clusterer checkpoint written in commit number {@code commit}. */
  record Checkpoint(long commit, byte[] state) {
    public Checkpoint {
      Objects.requireNonNull(state, "state");
    }
  }

  /**
   * The version changes of one commit.
   *
   * @param superseded ids of stored current articles that become earlier versions
   * @param earlier new articles stored as earlier versions only (an older copy of a URL met
   *     in the same batch as a newer one), oldest first
   */
  record Versions(Set<String> superseded, List<Article> earlier) {
    public static final Versions NONE = new Versions(Set.of(), List.of());

    public Versions {
      superseded = Set.copyOf(superseded);
      earlier = List.copyOf(earlier);
    }

    public boolean isEmpty() {
      return superseded.isEmpty() && earlier.isEmpty();
    }
  }

  /** A story's stored analysis and the summary lists show. */
  record StoryRecord(Analysis.StoryReport report, StorySummary summary) {
    public StoryRecord {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * What one commit writes.
   *
   * @param articles new current articles with their annotations
   * @param clustered whether {@code articles} went through the clusterer as one batch (replayed
   *     after a checkpoint, see {@link #clusteredAfter})
   * @param annotations annotations for articles already stored (a store migrated from a format
   *     without them)
   * @param events events added or changed, with their analysis (replacing what was stored)
   * @param removedEvents ids of events gone (merged away, or emptied by a re-clustering)
   * @param changes merges and splits to append to the log
   * @param checkpoint the clusterer's state after this commit, or null to keep the last one
   */
  record Commit(List<AnnotatedArticle> articles, boolean clustered, List<AnnotatedArticle> annotations,
      List<IngestError> errors, Versions versions, List<Analysis.EventReport> events, Set<String> removedEvents,
      List<StoryRecord> stories, Set<String> removedStories, List<ClusterChange> changes, byte[] checkpoint) {
    public Commit {
      articles = List.copyOf(articles);
      annotations = List.copyOf(annotations);
      errors = List.copyOf(errors);
      Objects.requireNonNull(versions, "versions");
      events = List.copyOf(events);
      removedEvents = Set.copyOf(removedEvents);
      stories = List.copyOf(stories);
      removedStories = Set.copyOf(removedStories);
      changes = List.copyOf(changes);
    }

    /** A commit of new articles and failures only. */
    public static Commit of(List<AnnotatedArticle> articles, List<IngestError> errors) {
      return new Commit(articles, false, List.of(), errors, Versions.NONE, List.of(), Set.of(), List.of(), Set.of(),
          List.of(), null);
    }
  }
}
