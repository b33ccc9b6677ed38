package dev.parallax;

import dev.parallax.model.Article;
import dev.parallax.store.Store;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides, for one ingest, which new articles are new versions of others: an article whose
 * canonical URL is that of a current article (stored, or earlier in the batch) but whose id
 * differs (its text changed) follows it. The one ingested last is current; the one it
 * follows becomes an earlier version and, if stored, hands its place in its event to it.
 * URLs without a path beyond {@code /} (a site's home page, which many pages wrongly declare
 * as canonical) never make versions. Not thread-safe; one per ingest.
 */
final class VersionPlan {

  private final Function<String, Optional<String>> currentAt;
  private final Map<String, Article> batchByUrl = new HashMap<>();
  /** New current article id to the stored article id whose place it takes. */
  private final Map<String, String> replacing = new LinkedHashMap<>();
  private final List<Article> earlier = new ArrayList<>();
  private final List<IngestReport.Version> versions = new ArrayList<>();

  /** @param currentAt the id of the current stored article at a canonical URL */
  VersionPlan(Function<String, Optional<String>> currentAt) {
    this.currentAt = currentAt;
  }

  /**
   * Registers a new article of the batch; returns the article of the batch it displaces (to
   * be stored as an earlier version, not as current), or null.
   */
  Article add(Article article, String source) {
    String url = article.url();
    if (!versioned(url)) {
      return null;
    }
    Article displaced = batchByUrl.put(url, article);
    if (displaced != null) {
      earlier.add(displaced);
      String stored = replacing.remove(displaced.id());
      if (stored != null) {
        replacing.put(article.id(), stored);
      }
      versions.add(new IngestReport.Version(source, article.id(), displaced.id()));
    } else {
      currentAt.apply(url).ifPresent(stored -> {
        replacing.put(article.id(), stored);
        versions.add(new IngestReport.Version(source, article.id(), stored));
      });
    }
    return displaced;
  }

  /** Whether this id is an article of the batch already displaced by a newer version. */
  boolean isEarlier(String articleId) {
    return earlier.stream().anyMatch(article -> article.id().equals(articleId));
  }

  /** New current article ids to the stored ids whose place they take. */
  Map<String, String> replacing() {
    return replacing;
  }

  List<IngestReport.Version> versions() {
    return versions;
  }

  Store.Versions storeVersions() {
    return new Store.Versions(java.util.Set.copyOf(replacing.values()), earlier);
  }

  static boolean versioned(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String path = uri.getRawPath();
      return uri.getHost() != null && path != null && path.length() > 1;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
