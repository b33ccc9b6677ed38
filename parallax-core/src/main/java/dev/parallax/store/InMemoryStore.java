package dev.parallax.store;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.IngestError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A store that lives in memory and is gone when the process ends: for tests and for
 * library users who keep their own persistence. Thread-safe.
 */
public final class InMemoryStore implements Store {

  private final Map<String, Article> articles = new LinkedHashMap<>();
  /** Earlier versions, in the order they stopped being current. */
  private final Map<String, Article> earlierVersions = new LinkedHashMap<>();
  private final List<IngestError> errors = new ArrayList<>();
  private Clustering clustering = Clustering.EMPTY;

  @Override
  public synchronized boolean contains(String articleId) {
    return articles.containsKey(articleId) || earlierVersions.containsKey(articleId);
  }

  @Override
  public synchronized Optional<Article> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId));
  }

  @Override
  public synchronized List<Article> articles() {
    return List.copyOf(articles.values());
  }

  @Override
  public synchronized List<IngestError> errors() {
    return List.copyOf(errors);
  }

  @Override
  public synchronized Clustering clustering() {
    return clustering;
  }

  @Override
  public synchronized void commit(Batch batch) {
    for (Article article : batch.articles()) {
      if (contains(article.id())) {
        throw new IllegalArgumentException("article already stored: " + article.id());
      }
    }
    batch.articles().forEach(article -> articles.put(article.id(), article));
    errors.addAll(batch.errors());
    clustering = batch.clustering();
  }

  @Override
  public synchronized void commit(Batch batch, Versions versions) {
    for (String id : versions.superseded()) {
      if (!articles.containsKey(id)) {
        throw new IllegalArgumentException("superseded article is not a current one: " + id);
      }
    }
    for (Article article : versions.earlier()) {
      if (contains(article.id())) {
        throw new IllegalArgumentException("article already stored: " + article.id());
      }
    }
    for (Article article : batch.articles()) {
      if (contains(article.id())) {
        throw new IllegalArgumentException("article already stored: " + article.id());
      }
    }
    versions.superseded().forEach(id -> earlierVersions.put(id, articles.remove(id)));
    versions.earlier().forEach(article -> earlierVersions.put(article.id(), article));
    commit(batch);
  }

  @Override
  public synchronized List<Article> versions(String url) {
    List<Article> found = new ArrayList<>();
    for (Map<String, Article> map : List.of(earlierVersions, articles)) {
      map.values().stream().filter(article -> url.equals(article.url())).forEach(found::add);
    }
    return found;
  }

  /** Ranks articles by how many query words their headline and body contain. */
  @Override
  public synchronized List<String> search(String query, int limit) {
    String[] words = query.toLowerCase(Locale.ROOT).split("\\W+");
    record Hit(String id, long score) {}
    List<Hit> hits = new ArrayList<>();
    for (Article article : articles.values()) {
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

  @Override
  public void close() {}
}
