package dev.parallax.store;

import dev.parallax.Analysis;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A store that lives in memory and is gone when the process ends: for tests and for
 * library users who keep their own persistence. Thread-safe.
 */
public final class InMemoryStore implements Store {

  private final Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
  private final Map<String, Long> commitOf = new HashMap<>();
  private final Set<Long> clusteredCommits = new HashSet<>();
  /** Earlier versions, in the order they stopped being current. */
  private final Map<String, Article> earlierVersions = new LinkedHashMap<>();
  private final List<IngestError> errors = new ArrayList<>();
  private final Map<Integer, Analysis.EventReport> events = new TreeMap<>();
  private final Map<Integer, StoryRecord> stories = new TreeMap<>();
  private final Map<String, String> eventOfArticle = new HashMap<>();
  private final List<ClusterChange> changes = new ArrayList<>();
  private Checkpoint checkpoint;
  private long lastCommit;

  @Override
  public synchronized boolean contains(String articleId) {
    return articles.containsKey(articleId) || earlierVersions.containsKey(articleId);
  }

  @Override
  public synchronized Optional<Article> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId)).map(AnnotatedArticle::article);
  }

  @Override
  public synchronized List<Article> articles() {
    return articles.values().stream().map(AnnotatedArticle::article).toList();
  }

  @Override
  public synchronized List<AnnotatedArticle> annotated(List<String> articleIds) {
    return articleIds.stream().map(articles::get).filter(Objects::nonNull).toList();
  }

  @Override
  public synchronized List<IngestError> errors() {
    return List.copyOf(errors);
  }

  @Override
  public synchronized Clustering clustering() {
    List<Event> eventList = events.values().stream().map(Analysis.EventReport::event).toList();
    List<Story> storyList = stories.values().stream().map(record -> record.report().story()).toList();
    return new Clustering(eventList, storyList, changes);
  }

  @Override
  public synchronized Optional<Analysis.EventReport> event(String id) {
    return number(id, 'e').map(events::get);
  }

  @Override
  public synchronized List<Analysis.EventReport> events(int offset, int limit) {
    return events.values().stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized int eventCount() {
    return events.size();
  }

  @Override
  public synchronized Optional<String> eventOfArticle(String articleId) {
    return Optional.ofNullable(eventOfArticle.get(articleId));
  }

  @Override
  public synchronized Optional<Analysis.StoryReport> story(String id) {
    return number(id, 's').map(stories::get).map(StoryRecord::report);
  }

  @Override
  public synchronized Optional<StorySummary> storySummary(String id) {
    return number(id, 's').map(stories::get).map(StoryRecord::summary);
  }

  @Override
  public synchronized StoryPage stories(int offset, int limit) {
    List<StorySummary> sorted = stories.values().stream().map(StoryRecord::summary)
        .sorted(StorySummary.LATEST_FIRST).toList();
    return new StoryPage(sorted.size(), offset, sorted.stream().skip(offset).limit(limit).toList());
  }

  @Override
  public synchronized int storyCount() {
    return stories.size();
  }

  @Override
  public synchronized List<ClusterChange> changes() {
    return List.copyOf(changes);
  }

  @Override
  public synchronized Optional<String> resolve(String id) {
    Set<String> current = new HashSet<>();
    events.values().forEach(event -> current.add(event.event().id()));
    stories.values().forEach(story -> current.add(story.report().story().id()));
    return ClusterChange.resolve(changes, current, id);
  }

  @Override
  public synchronized Optional<Checkpoint> checkpoint() {
    return Optional.ofNullable(checkpoint);
  }

  @Override
  public synchronized long lastCommit() {
    return lastCommit;
  }

  @Override
  public synchronized List<List<AnnotatedArticle>> clusteredAfter(long commit) {
    Map<Long, List<AnnotatedArticle>> byCommit = new TreeMap<>();
    articles.values().forEach(article -> {
      long at = commitOf.get(article.id());
      if (at > commit && clusteredCommits.contains(at)) {
        byCommit.computeIfAbsent(at, k -> new ArrayList<>()).add(article);
      }
    });
    return List.copyOf(byCommit.values());
  }

  @Override
  public synchronized void commit(Commit commit) {
    checkCommit(commit);
    long number = ++lastCommit;
    commit.versions().superseded().forEach(id -> {
      earlierVersions.put(id, articles.remove(id).article());
      eventOfArticle.remove(id);
    });
    commit.versions().earlier().forEach(article -> earlierVersions.put(article.id(), article));
    commit.annotations().forEach(article -> articles.replace(article.id(), article));
    for (AnnotatedArticle article : commit.articles()) {
      articles.put(article.id(), article);
      commitOf.put(article.id(), number);
    }
    if (commit.clustered()) {
      clusteredCommits.add(number);
    }
    errors.addAll(commit.errors());
    for (String id : commit.removedEvents()) {
      Analysis.EventReport gone = number(id, 'e').map(events::remove).orElse(null);
      if (gone != null) {
        gone.event().articles().forEach(article -> eventOfArticle.remove(article, id));
      }
    }
    for (Analysis.EventReport event : commit.events()) {
      Analysis.EventReport before = events.put(number(event.event().id(), 'e').orElseThrow(), event);
      if (before != null) {
        before.event().articles().forEach(article -> eventOfArticle.remove(article, event.event().id()));
      }
      event.event().articles().forEach(article -> eventOfArticle.put(article, event.event().id()));
    }
    commit.removedStories().forEach(id -> number(id, 's').ifPresent(stories::remove));
    commit.stories().forEach(story -> stories.put(number(story.report().story().id(), 's').orElseThrow(), story));
    changes.addAll(commit.changes());
    if (commit.checkpoint() != null) {
      checkpoint = new Checkpoint(number, commit.checkpoint().clone());
    }
  }

  @Override
  public synchronized List<Article> versions(String url) {
    List<Article> found = new ArrayList<>();
    earlierVersions.values().stream().filter(article -> url.equals(article.url())).forEach(found::add);
    articles().stream().filter(article -> url.equals(article.url())).forEach(found::add);
    return found;
  }

  /** Ranks articles by how many query words their headline and body contain. */
  @Override
  public synchronized List<String> search(String query, int limit) {
    String[] words = query.toLowerCase(Locale.ROOT).split("\\W+");
    record Hit(String id, long score) {}
    List<Hit> hits = new ArrayList<>();
    for (Article article : articles()) {
      String text = ((article.headline() == null ? "" : article.headline()) + " " + article.body())
          .toLowerCase(Locale.ROOT);
      long score = 0;
      for (String word : words) {
        if (!word.isEmpty() && text.contains(word)) {
          score++;
        }
      }
      if (score > 0) {
        hits.add(new Hit(article.id(), score));
      }
    }
    return hits.stream()
        .sorted(Comparator.comparingLong(Hit::score).reversed())
        .limit(limit)
        .map(Hit::id)
        .toList();
  }

  /** The number of an event ({@code e12}: 12) or story id of this {@code kind}; empty for anything else. */
  private static Optional<Integer> number(String id, char kind) {
    if (id == null || id.length() < 2 || id.charAt(0) != kind) {
      return Optional.empty();
    }
    try {
      return Optional.of(Clustering.number(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {}
}
