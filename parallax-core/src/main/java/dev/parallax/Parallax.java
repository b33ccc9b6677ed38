package dev.parallax;

import dev.parallax.brief.Brief;
import dev.parallax.brief.BriefWriter;
import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.cluster.IdMapping;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.dedup.NearDuplicates;
import dev.parallax.compare.EntityTally;
import dev.parallax.compare.QuoteAligner;
import dev.parallax.compare.QuoteGroup;
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
import dev.parallax.nlp.EntityLinker;
import dev.parallax.store.InMemoryStore;
import dev.parallax.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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

  /** Default word limit per article: longer bodies are refused with {@code too_large}. */
  public static final int DEFAULT_MAX_WORDS_PER_ARTICLE = 100_000;

  private final Store store;
  private final Extractor extractor = new Extractor();
  private final Annotator annotator = Annotator.standard();
  private final EntityLinker linker = new EntityLinker();
  private final Comparer comparer = new Comparer();
  private final Map<String, AnnotatedArticle> annotated = new LinkedHashMap<>();
  /** Every error stored, so that reading a bad input again does not store its error again. */
  private final Set<IngestError> storedErrors = new HashSet<>();
  /** Canonical URL to the id of the current article there (URLs that can have versions). */
  private final Map<String, String> currentByUrl = new HashMap<>();
  private final Clusterer.Settings settings;
  private final int maxWordsPerArticle;
  private final Clock clock;
  private final EmbeddingCheck embeddings;
  private Clusterer clusterer;

  private Parallax(Store store, Clusterer.Settings settings, int maxWordsPerArticle, Clock clock,
      EmbeddingCheck embeddings) {
    this.store = store;
    this.settings = settings;
    this.maxWordsPerArticle = maxWordsPerArticle;
    this.clock = clock;
    this.embeddings = embeddings;
    for (Article article : store.articles()) {
      annotated.put(article.id(), annotator.annotate(article));
      remember(article);
    }
    storedErrors.addAll(store.errors());
    this.clusterer = resumeClusterer();
  }

  private Clusterer resumeClusterer() {
    return Clusterer.resume(settings, store.clustering(), List.copyOf(annotated.values())).clock(clock)
        .embeddings(embeddings);
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
    VersionPlan plan = new VersionPlan(currentByUrl);
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
    Map<String, AnnotatedArticle> current = new LinkedHashMap<>(annotated);
    if (!plan.replacing().isEmpty()) {
      plan.replacing().forEach((newId, storedId) -> {
        current.remove(storedId);
        current.put(newId, added.get(newId));
      });
      clusterer = Clusterer.resume(settings, plan.rename(store.clustering()), List.copyOf(current.values())).clock(clock)
          .embeddings(embeddings);
    }
    clusterer.add(added.values().stream().filter(a -> !plan.replacing().containsKey(a.id())).toList());
    List<Article> articles = added.values().stream().map(AnnotatedArticle::article).toList();
    try {
      List<IngestError> newErrors = errors.stream().distinct().filter(error -> !storedErrors.contains(error)).toList();
      store.commit(new Store.Batch(articles, newErrors, clusterer.clustering()), plan.storeVersions());
      storedErrors.addAll(newErrors);
    } catch (RuntimeException e) {
      clusterer = resumeClusterer();
      throw e;
    }
    plan.replacing().values().forEach(annotated::remove);
    annotated.putAll(added);
    articles.forEach(this::remember);
    return new IngestReport(articles, duplicates, errors, plan.versions());
  }

  /**
   * Re-clusters every stored (current) article in one batch, the best grouping rather than the
   * order of arrival, and keeps the ids users have seen ({@link IdMapping}: each new event
   * takes the old id it shares most articles with; old ids absorbed are recorded as merged,
   * new parts cut from an event as split). Stores the result in one atomic commit, so a crash
   * leaves the earlier clustering whole; stores nothing when the batch grouping is the stored
   * one, so a second run without new articles changes and records nothing.
   */
  public ReclusterReport recluster() {
    Clustering before = store.clustering();
    Clusterer batch = Clusterer.create(settings).embeddings(embeddings);
    batch.add(List.copyOf(annotated.values()));
    Clustering after = IdMapping.map(before, batch.clustering(), clock.instant());
    List<ClusterChange> recorded = after.changes().subList(before.changes().size(), after.changes().size());
    boolean changed = !after.events().equals(before.events()) || !after.stories().equals(before.stories());
    if (changed) {
      try {
        store.commit(new Store.Batch(List.of(), List.of(), after));
      } finally {
        clusterer = resumeClusterer();
      }
    }
    return new ReclusterReport(annotated.size(), before.events().size(), after.events().size(),
        before.stories().size(), after.stories().size(), changed ? recorded : List.of(), changed);
  }

  /**
   * The current event or story id that {@code id} stands for: itself, or the survivor of the
   * merges it went into; empty for an id never given.
   */
  public java.util.Optional<String> resolve(String id) {
    return store.clustering().resolve(id);
  }

  /** The merges and splits of event and story ids recorded in the store, oldest first. */
  public List<ClusterChange> changes() {
    return store.clustering().changes();
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

  private void remember(Article article) {
    if (VersionPlan.versioned(article.url())) {
      currentByUrl.put(article.url(), article.id());
    }
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
   * The analysis of everything stored: events with the entities they name and their quotes
   * grouped into utterances, stories with briefs. Person and organisation names are linked
   * across articles.
   */
  public Analysis analysis() {
    Clustering clustering = store.clustering();
    Map<String, AnnotatedArticle> linked = new LinkedHashMap<>();
    linker.link(List.copyOf(annotated.values())).forEach(article -> linked.put(article.id(), article));
    Map<String, BriefWriter.Event> briefEvents = new LinkedHashMap<>();
    Map<String, TreeSet<Integer>> changesNaming = new HashMap<>();
    for (int i = 0; i < clustering.changes().size(); i++) {
      int position = i;
      ClusterChange change = clustering.changes().get(i);
      Stream.concat(change.from().stream(), change.to().stream())
          .forEach(id -> changesNaming.computeIfAbsent(id, k -> new TreeSet<>()).add(position));
    }
    List<Analysis.EventReport> events = new ArrayList<>();
    for (Event event : clustering.events()) {
      List<AnnotatedArticle> members = event.articles().stream().map(linked::get).toList();
      List<QuoteGroup> quotes = new QuoteAligner().align(members);
      briefEvents.put(event.id(), new BriefWriter.Event(members, quotes));
      events.add(new Analysis.EventReport(event, new EntityTally().tally(members), quotes,
          new NearDuplicates().origins(members.stream().map(AnnotatedArticle::article).toList()), comparer.compare(members),
          changes(clustering, changesNaming, List.of(event.id()))));
    }
    List<Analysis.StoryReport> stories = new ArrayList<>();
    for (Story story : clustering.stories()) {
      List<BriefWriter.Event> storyEvents = story.events().stream().map(briefEvents::get).toList();
      Comparison comparison = comparer.compare(storyEvents.stream().flatMap(e -> e.articles().stream()).toList());
      Brief brief = new BriefWriter().write(storyEvents, comparison);
      List<String> named = new ArrayList<>(story.events());
      named.add(story.id());
      stories.add(new Analysis.StoryReport(new Story(story.id(), brief.title(), story.events()), brief, comparison,
          changes(clustering, changesNaming, named)));
    }
    return new Analysis(store.articles(), store.errors(), events, stories, clustering.changes());
  }

  /** The recorded changes naming any of {@code ids}, oldest first, each once. */
  private static List<ClusterChange> changes(Clustering clustering, Map<String, TreeSet<Integer>> naming,
      List<String> ids) {
    TreeSet<Integer> positions = new TreeSet<>();
    ids.forEach(id -> positions.addAll(naming.getOrDefault(id, new TreeSet<>())));
    return positions.stream().map(clustering.changes()::get).toList();
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
    Analysis all = analysis();
    Map<String, Article> articles = new HashMap<>();
    all.articles().forEach(article -> articles.put(article.id(), article));
    Map<String, Analysis.EventReport> events = new HashMap<>();
    all.events().forEach(event -> events.put(event.event().id(), event));
    List<StorySummary> summaries = all.stories().stream()
        .map(story -> StorySummary.of(story, eventsOf(story, events), articles::get))
        .sorted(StorySummary.LATEST_FIRST).toList();
    int from = Math.min(offset, summaries.size());
    int to = (int) Math.min(summaries.size(), (long) offset + limit);
    return new StoryPage(summaries.size(), offset, summaries.subList(from, to));
  }

  /** The stored analysis of the current story {@code id} and of its events; empty when there is none (see {@link #resolve}). */
  public java.util.Optional<StoryView> story(String id) {
    Analysis all = analysis();
    Map<String, Article> articles = new HashMap<>();
    all.articles().forEach(article -> articles.put(article.id(), article));
    Map<String, Analysis.EventReport> events = new HashMap<>();
    all.events().forEach(event -> events.put(event.event().id(), event));
    return all.stories().stream().filter(story -> story.story().id().equals(id)).findFirst().map(story -> {
      List<Analysis.EventReport> members = eventsOf(story, events);
      List<Article> covered = members.stream().flatMap(event -> event.event().articles().stream())
          .map(articles::get).filter(Objects::nonNull).toList();
      return new StoryView(story, StorySummary.of(story, members, articles::get), members, covered);
    });
  }

  /** The stored analysis of the current event {@code id}; empty when there is none. */
  public java.util.Optional<Analysis.EventReport> event(String id) {
    return analysis().events().stream().filter(event -> event.event().id().equals(id)).findFirst();
  }

  /** A story's events, dated ones by date, then the undated in story order. */
  private static List<Analysis.EventReport> eventsOf(Analysis.StoryReport story, Map<String, Analysis.EventReport> events) {
    return story.story().events().stream().map(events::get).filter(Objects::nonNull)
        .sorted(java.util.Comparator.comparing((Analysis.EventReport event) -> event.event().date(),
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  /** Full-text search over stored articles: the best matches, best first. */
  public List<Article> search(String query, int limit) {
    return store.search(query, limit).stream().map(id -> store.article(id).orElseThrow()).toList();
  }

  @Override
  public void close() {
    store.close();
  }

  /** Configures a {@link Parallax}: the store (default: in memory), clustering settings, word limit. */
  public static final class Builder {
    private Store store;
    private Clusterer.Settings clusterSettings = Clusterer.Settings.DEFAULTS;
    private int maxWordsPerArticle = DEFAULT_MAX_WORDS_PER_ARTICLE;
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

    /** Articles with more words are refused with {@code too_large} (default {@value Parallax#DEFAULT_MAX_WORDS_PER_ARTICLE}). */
    public Builder maxWordsPerArticle(int words) {
      if (words < 1) {
        throw new IllegalArgumentException("the word limit must be at least 1, got " + words);
      }
      this.maxWordsPerArticle = words;
      return this;
    }

    public Parallax build() {
      return new Parallax(store == null ? new InMemoryStore() : store, clusterSettings, maxWordsPerArticle, clock,
          embeddings);
    }
  }
}
