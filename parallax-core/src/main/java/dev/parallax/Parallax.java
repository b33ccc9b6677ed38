package dev.parallax;

import dev.parallax.cluster.ClusterUpdate;
import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.cluster.IdMapping;
import dev.parallax.extract.ArticleIds;
import dev.parallax.extract.Extractor;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Story;
import dev.parallax.nlp.Annotator;
import dev.parallax.store.InMemoryStore;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The front door: ingest raw documents into a store and read back the stored analysis.
 *
 * <pre>{@code
 * try (Parallax parallax = Parallax.builder().store(store).build()) {
 *   IngestReport report = parallax.ingest(documents, List.of());
 *   StoryPage latest = parallax.stories(0, 20);
 * }
 * }</pre>
 *
 * <p>Each ingest extracts and annotates the batch, places it in events and stories, recomputes
 * the analysis of the events and stories it touched (nothing else), and commits the articles
 * with their annotations, the failures, the changed events and stories with their analysis and
 * the recorded id changes to the store in one atomic commit. Reads ({@link #stories}, {@link
 * #story}, {@link #event}, {@link #search}) only read stored records. Opening reads no article:
 * the clusterer is restored from its latest checkpoint (written every {@link
 * Builder#checkpointEvery} clustered articles, on {@link #close()} and with every new version or
 * re-clustering) on the first ingest, replaying the commits after it. Not thread-safe for
 * writes: one writer at a time; reads may run beside it when the store allows. Closing closes
 * the store.
 */
public final class Parallax implements AutoCloseable {

  /** Default word limit per article: longer bodies are refused with {@code too_large}. */
  public static final int DEFAULT_MAX_WORDS_PER_ARTICLE = 100_000;
  /** Default for {@link Builder#checkpointEvery}. */
  public static final int DEFAULT_CHECKPOINT_EVERY = 10_000;

  private final Store store;
  private final Extractor extractor = new Extractor();
  private final Annotator annotator = Annotator.standard();
  private final Analyst analyst;
  private final Clusterer.Settings settings;
  private final int maxWordsPerArticle;
  private final int checkpointEvery;
  private final Clock clock;
  private final EmbeddingCheck embeddings;
  /** Restored on the first write; null until then, and after a failed commit. */
  private Clusterer clusterer;
  /** Articles clustered since the last checkpoint was stored (after a restore: those replayed). */
  private int sinceCheckpoint;

  private Parallax(Builder builder, Store store) {
    this.store = store;
    this.settings = builder.clusterSettings;
    this.maxWordsPerArticle = builder.maxWordsPerArticle;
    this.checkpointEvery = builder.checkpointEvery;
    this.clock = builder.clock;
    this.embeddings = builder.embeddings;
    this.analyst = new Analyst(builder.policy);
    new StoreMigration(store, annotator, analyst, settings, clock).run();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts, annotates and clusters a batch, and stores it with the failures the caller met
   * while reading its inputs ({@code inputErrors}); a failure already stored (the same input
   * read again) is reported but not stored twice. Duplicates (already stored, or twice in
   * the batch) are reported, not stored again. An article at the canonical URL of another but
   * with other text is a new version of it ({@link VersionPlan}): it becomes current and takes
   * the earlier one's place in its event; the earlier one is kept as a version.
   */
  public IngestReport ingest(List<RawDocument> documents, List<IngestError> inputErrors) {
    Objects.requireNonNull(documents, "documents");
    List<IngestError> errors = new ArrayList<>(inputErrors);
    Map<String, AnnotatedArticle> added = new LinkedHashMap<>();
    List<IngestReport.Duplicate> duplicates = new ArrayList<>();
    VersionPlan plan = new VersionPlan(store::currentAt);
    for (RawDocument document : documents) {
      Extractor.Result result = extractor.extract(document);
      if (result.error() != null) {
        errors.add(result.error());
      } else if (tooManyWords(result.article())) {
        errors.add(new IngestError(document.source(), ErrorCode.TOO_LARGE, "the article has over " + maxWordsPerArticle
            + " words, the limit per article; not stored"));
      } else if (store.contains(result.article().id()) || added.containsKey(result.article().id())
          || plan.isEarlier(result.article().id())) {
        duplicates.add(new IngestReport.Duplicate(document.source(), result.article().id()));
      } else {
        Article article = result.article();
        try {
          AnnotatedArticle annotation = annotator.annotate(article);
          Article displaced = plan.add(article, document.source());
          if (displaced != null) {
            added.remove(displaced.id());
          }
          added.put(article.id(), annotation);
        } catch (RuntimeException | StackOverflowError e) {
          errors.add(new IngestError(article.source(), ErrorCode.FAILED,
              "annotation failed (" + e.getClass().getSimpleName() + "); please report this input"));
        }
      }
    }
    List<IngestError> newErrors = errors.stream().distinct().filter(error -> !store.hasError(error)).toList();
    List<Article> articles = added.values().stream().map(AnnotatedArticle::article).toList();
    if (added.isEmpty()) {
      if (!newErrors.isEmpty()) {
        store.commit(Store.Commit.of(List.of(), newErrors));
      }
      return new IngestReport(articles, duplicates, errors, plan.versions());
    }
    Clusterer clustering = clusterer();
    try {
      Map<String, Event> renamed = new LinkedHashMap<>();
      plan.replacing().forEach((newId, storedId) -> {
        if (!clustering.rename(storedId, newId)) {
          store.eventOfArticle(storedId).flatMap(store::event).map(Analysis.EventReport::event)
              .ifPresent(event -> renamed.put(event.id(), new Event(event.id(), event.date(),
                  event.articles().stream().map(id -> id.equals(storedId) ? newId : id).toList(), event.story())));
        }
      });
      List<AnnotatedArticle> fresh = added.values().stream().filter(a -> !plan.replacing().containsKey(a.id())).toList();
      clustering.add(fresh);
      ClusterUpdate update = clustering.update();
      sinceCheckpoint += fresh.size();
      boolean checkpoint = !plan.replacing().isEmpty() || sinceCheckpoint >= checkpointEvery;
      Reanalysis reanalysis = new Reanalysis(store, analyst, added, update.changes());
      reanalysis.touch(update, renamed.values());
      store.commit(new Store.Commit(List.copyOf(added.values()), true, List.of(), newErrors, plan.storeVersions(),
          reanalysis.events(), update.removedEvents(), reanalysis.stories(), update.removedStories(), update.changes(),
          checkpoint ? state(clustering) : null));
      if (checkpoint) {
        sinceCheckpoint = 0;
      }
    } catch (RuntimeException e) {
      clusterer = null;
      throw e;
    }
    return new IngestReport(articles, duplicates, errors, plan.versions());
  }

  /** The clusterer, restored from the stored checkpoint and the commits after it on first use. */
  private Clusterer clusterer() {
    if (clusterer == null) {
      Optional<Store.Checkpoint> checkpoint = store.checkpoint();
      Clusterer restored;
      try {
        restored = checkpoint.isPresent()
            ? Clusterer.restore(settings, new ByteArrayInputStream(checkpoint.get().state()))
            : Clusterer.create(settings).forgetClosed();
      } catch (IOException e) {
        throw new StoreException("the clusterer checkpoint of the store cannot be read: " + e.getMessage(), e);
      }
      restored.clock(clock).embeddings(embeddings);
      sinceCheckpoint = 0;
      for (List<AnnotatedArticle> batch : store.clusteredAfter(checkpoint.map(Store.Checkpoint::commit).orElse(0L))) {
        restored.add(batch);
        restored.update();
        sinceCheckpoint += batch.size();
      }
      clusterer = restored;
    }
    return clusterer;
  }

  /** The clusterer's checkpoint as bytes. */
  static byte[] state(Clusterer clusterer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try {
      clusterer.checkpoint(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Re-clusters every stored (current) article in one batch, the best grouping rather than the
   * order of arrival, and keeps the ids users have seen ({@link IdMapping}: each new event
   * takes the old id it shares most articles with; old ids absorbed are recorded as merged,
   * new parts cut from an event as split). Stores the result in one atomic commit, with the
   * analysis of every event and story whose members changed, so a crash leaves the earlier
   * clustering whole; stores nothing when the batch grouping is the stored one, so a second
   * run without new articles changes and records nothing. Reads every current article: a
   * whole-archive operation.
   */
  public ReclusterReport recluster() {
    Clustering before = store.clustering();
    List<String> ids = store.articles().stream().map(Article::id).toList();
    List<AnnotatedArticle> all = store.annotated(ids);
    Clusterer batch = Clusterer.create(settings).embeddings(embeddings).clock(clock);
    batch.add(all);
    Clustering after = IdMapping.map(before, batch.clustering(), clock.instant());
    List<ClusterChange> recorded = after.changes().subList(before.changes().size(), after.changes().size());
    boolean changed = !grouping(after).equals(grouping(before));
    if (changed) {
      Clusterer resumed = Clusterer.resume(settings, after, all).clock(clock).embeddings(embeddings).forgetClosed();
      resumed.update();
      Map<String, AnnotatedArticle> byId = new HashMap<>();
      all.forEach(article -> byId.put(article.id(), article));
      Reanalysis reanalysis = new Reanalysis(store, analyst, byId, recorded);
      reanalysis.replace(before, after);
      Set<String> goneEvents = ids(before.events().stream().map(Event::id).toList(), after.events().stream().map(Event::id).toList());
      Set<String> goneStories = ids(before.stories().stream().map(Story::id).toList(), after.stories().stream().map(Story::id).toList());
      clusterer = null;
      store.commit(new Store.Commit(List.of(), false, List.of(), List.of(), Store.Versions.NONE, reanalysis.events(),
          goneEvents, reanalysis.stories(), goneStories, recorded, state(resumed)));
      clusterer = resumed;
      sinceCheckpoint = 0;
    }
    return new ReclusterReport(all.size(), before.events().size(), after.events().size(),
        before.stories().size(), after.stories().size(), changed ? recorded : List.of(), changed);
  }

  /** Each event's and story's members by id, whatever the order and the story titles. */
  private static Map<String, List<String>> grouping(Clustering clustering) {
    Map<String, List<String>> members = new HashMap<>();
    clustering.events().forEach(event -> members.put(event.id(),
        List.of(event.story(), String.valueOf(event.date()), String.join(",", event.articles()))));
    clustering.stories().forEach(story -> members.put(story.id(), story.events()));
    return members;
  }

  /** The ids of {@code before} not in {@code after}. */
  private static Set<String> ids(List<String> before, List<String> after) {
    Set<String> gone = new LinkedHashSet<>(before);
    after.forEach(gone::remove);
    return gone;
  }

  /**
   * The current event or story id that {@code id} stands for: itself, or the survivor of the
   * merges it went into; empty for an id never given.
   */
  public Optional<String> resolve(String id) {
    return store.resolve(id);
  }

  /** The merges and splits of event and story ids recorded in the store, oldest first. */
  public List<ClusterChange> changes() {
    return store.changes();
  }

  private boolean tooManyWords(Article article) {
    String body = article.body();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length() && words <= maxWordsPerArticle; i++) {
      boolean space = Character.isWhitespace(body.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words > maxWordsPerArticle;
  }

  /**
   * Every stored version of the article at this URL (made canonical), oldest first, the
   * current one last; empty when none is stored.
   */
  public List<Article> versions(String url) {
    String canonical = ArticleIds.canonicalUrl(url);
    return canonical == null ? List.of() : store.versions(canonical);
  }

  /**
   * Everything stored, read back: all articles, failures, every event's and story's stored
   * analysis (by creation) and the recorded changes. A whole-store read, for one-shot runs and
   * exports; pages read {@link #stories} and {@link #story}.
   */
  public Analysis analysis() {
    Clustering clustering = store.clustering();
    List<Analysis.EventReport> events = store.events(clustering.events().stream().map(Event::id).toList());
    List<Analysis.StoryReport> stories = clustering.stories().stream().map(Story::id).map(store::story)
        .flatMap(Optional::stream).toList();
    return new Analysis(store.articles(), store.errors(), events, stories, clustering.changes());
  }

  /**
   * The analysis of every stored event and story recomputed from the stored clustering and
   * annotations, ignoring the stored analysis: what {@link #analysis()} must equal (for checks).
   */
  public Analysis reanalysis() {
    Clustering clustering = store.clustering();
    Map<String, Analysis.EventReport> events = new LinkedHashMap<>();
    clustering.events().forEach(event -> events.put(event.id(), fromScratch(event)));
    List<Analysis.StoryReport> stories = clustering.stories().stream().map(story -> fromScratch(story, events)).toList();
    return new Analysis(store.articles(), store.errors(), List.copyOf(events.values()), stories, clustering.changes());
  }

  /**
   * Checks the store: recomputes the analysis of {@code events} events drawn at random (all
   * when there are fewer) and of their stories from the stored clustering and annotations, and
   * compares each with the stored one, field by field.
   *
   * @return the ids of events and stories whose stored analysis differs, or of events their
   *     story does not list; empty when consistent
   */
  public List<String> check(int events, long seed) {
    Clustering clustering = store.clustering();
    List<Event> drawn = new ArrayList<>(clustering.events());
    java.util.Collections.shuffle(drawn, new java.util.Random(seed));
    drawn = drawn.subList(0, Math.min(events, drawn.size()));
    Map<String, Event> byId = new HashMap<>();
    clustering.events().forEach(event -> byId.put(event.id(), event));
    Map<String, Story> stories = new LinkedHashMap<>();
    clustering.stories().forEach(story -> stories.put(story.id(), story));
    List<String> differing = new ArrayList<>();
    Map<String, Analysis.EventReport> recomputed = new HashMap<>();
    Set<String> storiesToCheck = new LinkedHashSet<>();
    for (Event event : drawn) {
      Analysis.EventReport fresh = fromScratch(event);
      recomputed.put(event.id(), fresh);
      Story story = stories.get(event.story());
      if (!store.event(event.id()).map(fresh::equals).orElse(false) || story == null
          || !story.events().contains(event.id())) {
        differing.add(event.id());
      }
      storiesToCheck.add(event.story());
    }
    for (String id : storiesToCheck) {
      Story story = stories.get(id);
      if (story == null) {
        differing.add(id);
        continue;
      }
      story.events().forEach(event -> recomputed.computeIfAbsent(event, e -> fromScratch(byId.get(e))));
      Analysis.StoryReport fresh = fromScratch(story, recomputed);
      if (!store.story(id).map(fresh::equals).orElse(false)) {
        differing.add(id);
      }
    }
    return differing;
  }

  private Analysis.EventReport fromScratch(Event event) {
    return analyst.event(event, store.annotated(event.articles()), store.changesNaming(List.of(event.id())));
  }

  private Analysis.StoryReport fromScratch(Story story, Map<String, Analysis.EventReport> events) {
    List<String> named = new ArrayList<>(story.events());
    named.add(story.id());
    return analyst.story(story, story.events().stream().map(events::get).toList(), store::annotated,
        store.changesNaming(named));
  }

  /**
   * One page of the stored stories, latest first ({@link StorySummary#LATEST_FIRST}).
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} below 1
   */
  public StoryPage stories(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("need offset >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
    return store.stories(offset, limit);
  }

  /**
   * The stored analysis of the current story {@code id}, its events' and the articles its
   * analysis read (all of them unless the story is very large); empty when there is none (see
   * {@link #resolve}).
   */
  public Optional<StoryView> story(String id) {
    return store.story(id).map(report -> {
      List<Analysis.EventReport> events = StorySummary.displayOrder(store.events(report.story().events()));
      Set<String> analysed = Set.copyOf(report.sample().analysed());
      List<String> shown = events.stream().flatMap(event -> event.event().articles().stream())
          .filter(analysed::contains).toList();
      StorySummary summary = store.storySummary(id).orElseGet(() -> StorySummary.of(report, events));
      return new StoryView(report, summary, events, store.articles(shown));
    });
  }

  /** The stored analysis of the current event {@code id}; empty when there is none. */
  public Optional<Analysis.EventReport> event(String id) {
    return store.event(id);
  }

  /** Full-text search over stored articles: the best matches, best first. */
  public List<Article> search(String query, int limit) {
    return store.search(query, limit).stream().map(store::article).flatMap(Optional::stream).toList();
  }

  /** The store this engine reads and writes (for counts and pages of articles, events and errors). */
  public Store store() {
    return store;
  }

  /** Stores the clusterer's checkpoint when articles were clustered since the last one, then closes the store. */
  @Override
  public void close() {
    try {
      if (clusterer != null && sinceCheckpoint > 0) {
        store.commit(new Store.Commit(List.of(), false, List.of(), List.of(), Store.Versions.NONE, List.of(), Set.of(),
            List.of(), Set.of(), List.of(), state(clusterer)));
      }
    } finally {
      store.close();
    }
  }

  /** Configures a {@link Parallax}: the store (default: in memory), clustering settings, word limit. */
  public static final class Builder {
    private Store store;
    private Clusterer.Settings clusterSettings = Clusterer.Settings.DEFAULTS;
    private int maxWordsPerArticle = DEFAULT_MAX_WORDS_PER_ARTICLE;
    private int checkpointEvery = DEFAULT_CHECKPOINT_EVERY;
    private AnalysisPolicy policy = AnalysisPolicy.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private EmbeddingCheck embeddings;

    private Builder() {}

    /** Sentence embeddings for the clusterer's uncertain cuts (default: none, see {@link EmbeddingCheck}). */
    public Builder embeddings(EmbeddingCheck check) {
      this.embeddings = check;
      return this;
    }

    /** The clock that times recorded merges and splits (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder clusterSettings(Clusterer.Settings settings) {
      this.clusterSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** How large an event or story is analysed whole (default {@link AnalysisPolicy#DEFAULTS}). */
    public Builder analysisPolicy(AnalysisPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Stores the clusterer's checkpoint after this many clustered articles (default {@value
     * Parallax#DEFAULT_CHECKPOINT_EVERY}; also on close): after a crash, the first ingest replays
     * at most this many articles' clustering.
     */
    public Builder checkpointEvery(int articles) {
      if (articles < 1) {
        throw new IllegalArgumentException("checkpointEvery must be at least 1, got " + articles);
      }
      this.checkpointEvery = articles;
      return this;
    }

    /** Articles with more words are refused with {@code too_large} (default {@value Parallax#DEFAULT_MAX_WORDS_PER_ARTICLE}). */
    public Builder maxWordsPerArticle(int words) {
      if (words < 1) {
        throw new IllegalArgumentException("the word limit must be at least 1, got " + words);
      }
      this.maxWordsPerArticle = words;
      return this;
    }

    public Parallax build() {
      return new Parallax(this, store == null ? new InMemoryStore() : store);
    }
  }
}
