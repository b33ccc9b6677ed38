package dev.parallax;

import dev.parallax.brief.Brief;
import dev.parallax.brief.BriefWriter;
import dev.parallax.cluster.Clusterer;
import dev.parallax.dedup.NearDuplicates;
import dev.parallax.compare.EntityTally;
import dev.parallax.compare.QuoteAligner;
import dev.parallax.extract.Extractor;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Story;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.EntityLinker;
import dev.parallax.store.InMemoryStore;
import dev.parallax.store.Store;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The front door: ingest raw documents into a store and read back the analysis.
 *
 * <pre>{@code
 * try (Parallax parallax = Parallax.builder().store(store).build()) {
 *   IngestReport report = parallax.ingest(documents, List.of());
 *   Analysis analysis = parallax.analysis();
 * }
 * }</pre>
 *
 * <p>Each ingest runs extraction, annotation and clustering over the batch and commits the new
 * articles, the failures and the updated clustering to the store in one atomic commit. Opening
 * re-annotates the stored articles to resume clustering where it stopped. Not thread-safe: one
 * writer at a time. Closing closes the store.
 */
public final class Parallax implements AutoCloseable {

  private final Store store;
  private final Extractor extractor = new Extractor();
  private final Annotator annotator = Annotator.standard();
  private final Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
  private final Clusterer.Settings settings;
  private Clusterer clusterer;

  private Parallax(Store store, Clusterer.Settings settings) {
    this.store = store;
    this.settings = settings;
    for (Article article : store.articles()) {
      annotated.put(article.id(), annotator.annotate(article));
    }
    this.clusterer = resumeClusterer();
  }

  private Clusterer resumeClusterer() {
    return Clusterer.resume(settings, store.clustering(), List.copyOf(annotated.values()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts, annotates and clusters a batch, and stores it with the failures the caller met
   * while reading its inputs ({@code inputErrors}). Duplicates (already stored, or twice in
   * the batch) are reported, not stored again.
   */
  public IngestReport ingest(List<RawDocument> documents, List<IngestError> inputErrors) {
    Objects.requireNonNull(documents, "documents");
    List<IngestError> errors = new ArrayList<>(inputErrors);
    List<Article> added = new ArrayList<>();
    List<IngestReport.Duplicate> duplicates = new ArrayList<>();
    Set<String> batchIds = new HashSet<>();
    for (RawDocument document : documents) {
      Extractor.Result result = extractor.extract(document);
      if (result.error() != null) {
        errors.add(result.error());
      } else if (store.contains(result.article().id()) || !batchIds.add(result.article().id())) {
        duplicates.add(new IngestReport.Duplicate(document.source(), result.article().id()));
      } else {
        added.add(result.article());
      }
    }
    List<AnnotatedArticle> batch = new ArrayList<>();
    for (Article article : List.copyOf(added)) {
      try {
        batch.add(annotator.annotate(article));
      } catch (RuntimeException | StackOverflowError e) {
        added.remove(article);
        errors.add(new IngestError(article.source(), ErrorCode.FAILED,
            "annotation failed (" + e.getClass().getSimpleName() + "); please report this input"));
      }
    }
    clusterer.add(batch);
    try {
      store.commit(new Store.Batch(added, errors, clusterer.clustering()));
    } catch (RuntimeException e) {
      clusterer = resumeClusterer();
      throw e;
    }
    batch.forEach(annotation -> annotated.put(annotation.id(), annotation));
    return new IngestReport(added, duplicates, errors);
  }

  /**
   * The analysis of everything stored: events with the entities they name and their quotes
   * grouped into utterances, stories with briefs. Person names are linked across articles.
   */
  public Analysis analysis() {
    Clustering clustering = store.clustering();
    Map<String, AnnotatedArticle> linked = new LinkedHashMap<>();
    new EntityLinker().link(List.copyOf(annotated.values())).forEach(article -> linked.put(article.id(), article));
    Map<String, List<AnnotatedArticle>> membersByEvent = new LinkedHashMap<>();
    List<Analysis.EventReport> events = new ArrayList<>();
    for (Event event : clustering.events()) {
      List<AnnotatedArticle> members = event.articles().stream().map(linked::get).toList();
      membersByEvent.put(event.id(), members);
      events.add(new Analysis.EventReport(event, new EntityTally().tally(members), new QuoteAligner().align(members),
          new NearDuplicates().origins(members.stream().map(AnnotatedArticle::article).toList())));
    }
    List<Analysis.StoryReport> stories = new ArrayList<>();
    for (Story story : clustering.stories()) {
      Brief brief = new BriefWriter().write(story.events().stream().map(membersByEvent::get).toList());
      stories.add(new Analysis.StoryReport(new Story(story.id(), brief.title(), story.events()), brief));
    }
    return new Analysis(store.articles(), store.errors(), events, stories);
  }

  /** Full-text search over stored articles: the best matches, best first. */
  public List<Article> search(String query, int limit) {
    return store.search(query, limit).stream().map(id -> store.article(id).orElseThrow()).toList();
  }

  @Override
  public void close() {
    store.close();
  }

  /** Configures a {@link Parallax}: the store (default: in memory) and clustering settings. */
  public static final class Builder {
    private Store store;
    private Clusterer.Settings clusterSettings = Clusterer.Settings.DEFAULTS;

    private Builder() {}

    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder clusterSettings(Clusterer.Settings settings) {
      this.clusterSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Parallax build() {
      return new Parallax(store == null ? new InMemoryStore() : store, clusterSettings);
    }
  }
}
