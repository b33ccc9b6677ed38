package dev.parallax;

import dev.parallax.cluster.Clusterer;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.nlp.Annotator;
import dev.parallax.store.Store;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a store written by an earlier release, which kept articles without annotations and the
 * clustering as one record ({@link Store#legacyClustering()}), to the stored-analysis layout,
 * once: annotates every stored article, analyses every event and story, and commits the
 * annotations, the analyses, the change log and a clusterer checkpoint together. A crash during
 * it leaves the old layout, and the next open migrates again.
 */
final class StoreMigration {

  private final Store store;
  private final Annotator annotator;
  private final Analyst analyst;
  private final Clusterer.Settings settings;
  private final Clock clock;

  StoreMigration(Store store, Annotator annotator, Analyst analyst, Clusterer.Settings settings, Clock clock) {
    this.store = store;
    this.annotator = annotator;
    this.analyst = analyst;
    this.settings = settings;
    this.clock = clock;
  }

  void run() {
    Clustering legacy = store.legacyClustering().orElse(null);
    if (legacy == null) {
      return;
    }
    Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
    for (Article article : store.articles()) {
      annotated.put(article.id(), annotator.annotate(article));
    }
    Clusterer clusterer = Clusterer.resume(settings, legacy, List.copyOf(annotated.values())).clock(clock).forgetClosed();
    clusterer.update();
    Reanalysis reanalysis = new Reanalysis(store, analyst, annotated, List.of());
    reanalysis.replace(Clustering.EMPTY, legacy);
    store.commit(new Store.Commit(List.of(), false, List.copyOf(annotated.values()), List.of(), Store.Versions.NONE,
        reanalysis.events(), Set.of(), reanalysis.stories(), Set.of(), legacy.changes(), Parallax.state(clusterer)));
  }
}
