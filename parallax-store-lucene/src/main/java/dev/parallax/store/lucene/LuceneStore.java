package dev.parallax.store.lucene;

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
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded on-disk store: one Lucene index in a directory. Each article (with its
 * annotations), earlier version, ingest error, event and story (with its stored analysis and,
 * for stories, the fields the story list sorts by) and recorded id change is a document holding
 * its record as JSON; articles are also indexed for BM25 search over headline and body (English
 * analysis). The clusterer's checkpoint is a file beside the index named in the Lucene commit
 * that wrote it. A {@link #commit} is one Lucene commit, so it is kept whole or not at all, also
 * across a crash. Reads go through a searcher of the last commit and never wait for a writer;
 * lists are sorted and paged by Lucene. One process may open a store at a time (Lucene's write
 * lock). The directory holds a {@value #MARKER} file naming the format. A store written by the
 * release before (articles without annotations, the clustering in one document) opens in its
 * old layout ({@link #legacyClustering()}) until {@code Parallax} migrates it.
 */
public final class LuceneStore implements Store {

  static final String MARKER = "parallax-store.json";
  static final int FORMAT = 1;
  /** Layout of the documents, in the commit data; absent in stores of the release before. */
  static final String LAYOUT = "2";

  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String JSON = "json";
  private static final String RECORD = "record";
  private static final String ANNOTATIONS = "annotations";
  private static final String SUMMARY = "summary";
  private static final String TEXT = "text";
  private static final String URL = "url";
  private static final String COMMIT = "commit";
  private static final String CLUSTERED = "clustered";
  private static final String MEMBER = "member";
  private static final String NUMBER = "number";
  private static final String LAST_DAY = "last";
  private static final String ARTICLES = "articles";
  private static final String SORT_ID = "sortid";
  private static final String NAMES = "names";
  private static final String MERGED = "merged";
  private static final String DATA_COMMIT = "parallax.commit";
  private static final String DATA_CHECKPOINT = "parallax.checkpoint";
  private static final String DATA_LAYOUT = "parallax.layout";

  private final Path directory;
  private final FSDirectory index;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private IndexWriter writer;
  private SearcherManager searchers;
  private long nextSeq;
  private long lastCommit;
  private String checkpointFile;
  private boolean legacy;
  private volatile boolean closed;

  private LuceneStore(Path directory) throws IOException {
    this.directory = directory;
    this.index = FSDirectory.open(directory);
    try {
      this.writer = newWriter();
    } catch (LockObtainFailedException e) {
      index.close();
      throw new StoreException("store " + directory + " is in use by another process", e);
    }
    openSearchers();
  }

  /**
   * Opens the store in {@code directory}, creating it when missing or empty.
   *
   * @throws StoreException if the directory holds something else, a store of another format,
   *     or a store another process has open
   */
  public static LuceneStore open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      Path marker = directory.resolve(MARKER);
      if (Files.exists(marker)) {
        String content = Files.readString(marker, StandardCharsets.UTF_8);
        if (!content.replaceAll("\\s", "").contains("\"format\":" + FORMAT)) {
          throw new StoreException("store " + directory + " has an unknown format: " + content.strip());
        }
      } else {
        try (Stream<Path> entries = Files.list(directory)) {
          if (entries.anyMatch(entry -> !entry.getFileName().toString().equals(MARKER + ".partial"))) {
            throw new StoreException(directory + " is not empty and is not a Parallax store; not writing into it");
          }
        }
        Path partial = directory.resolve(MARKER + ".partial");
        Files.writeString(partial, "{\"format\": " + FORMAT + "}\n", StandardCharsets.UTF_8);
        Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE);
      }
      return new LuceneStore(directory);
    } catch (IOException e) {
      throw new StoreException("cannot open store " + directory + ": " + e.getMessage(), e);
    }
  }

  private IndexWriter newWriter() throws IOException {
    return new IndexWriter(index, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
  }

  /** Opens the searchers on the writer's last commit and reads the commit's data. */
  private void openSearchers() throws IOException {
    searchers = new SearcherManager(writer, null);
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    lastCommit = Long.parseLong(data.getOrDefault(DATA_COMMIT, "0"));
    checkpointFile = data.get(DATA_CHECKPOINT);
    legacy = !LAYOUT.equals(data.get(DATA_LAYOUT)) && count(new MatchAllDocsQuery()) > 0;
    nextSeq = lastSeq() + 1;
  }

  // ---- articles ----

  @Override
  public boolean contains(String articleId) {
    Query currentOrEarlier = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(TYPE, "version")), BooleanClause.Occur.SHOULD)
        .build();
    return count(new BooleanQuery.Builder()
        .add(currentOrEarlier, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, articleId)), BooleanClause.Occur.FILTER)
        .build()) > 0;
  }

  @Override
  public Optional<Article> article(String articleId) {
    return first(typed("article", ID, articleId), JSON).map(json -> RecordCodec.read(json, Article.class));
  }

  @Override
  public List<Article> articles() {
    return read(new TermQuery(new Term(TYPE, "article")), bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
        .map(json -> RecordCodec.read(json, Article.class)).toList();
  }

  @Override
  public List<Article> articles(int offset, int limit) {
    return read(new TermQuery(new Term(TYPE, "article")), bySeq(), offset, limit, JSON).stream()
        .map(json -> RecordCodec.read(json, Article.class)).toList();
  }

  @Override
  public List<Article> articles(List<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    Map<String, Article> found = new HashMap<>();
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(ID, articleIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
        .build();
    read(query, bySeq(), 0, articleIds.size(), JSON).forEach(json -> {
      Article article = RecordCodec.read(json, Article.class);
      found.put(article.id(), article);
    });
    return articleIds.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  @Override
  public int articleCount() {
    return count(new TermQuery(new Term(TYPE, "article")));
  }

  @Override
  public List<AnnotatedArticle> annotated(List<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    Map<String, AnnotatedArticle> found = new HashMap<>();
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(ID, articleIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
        .build();
    withSearcher(searcher -> {
      for (ScoreDoc hit : searcher.search(query, Math.max(1, articleIds.size())).scoreDocs) {
        Document document = searcher.storedFields().document(hit.doc, Set.of(JSON, ANNOTATIONS));
        String annotations = document.get(ANNOTATIONS);
        if (annotations != null) {
          Article article = RecordCodec.read(document.get(JSON), Article.class);
          found.put(article.id(), RecordCodec.read(annotations, Annotations.class).of(article));
        }
      }
      return null;
    });
    return articleIds.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  @Override
  public Optional<String> currentAt(String url) {
    return first(typed("article", URL, url), ID);
  }

  @Override
  public List<IngestError> errors() {
    return read(new TermQuery(new Term(TYPE, "error")), bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
        .map(json -> RecordCodec.read(json, IngestError.class)).toList();
  }

  @Override
  public boolean hasError(IngestError error) {
    return read(typed("error", ID, error.source()), bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
        .map(json -> RecordCodec.read(json, IngestError.class)).anyMatch(error::equals);
  }

  @Override
  public List<Article> versions(String url) {
    List<Article> found = new ArrayList<>();
    read(typed("version", URL, url), bySeq(), 0, Integer.MAX_VALUE, JSON)
        .forEach(json -> found.add(RecordCodec.read(json, Article.class)));
    read(typed("article", URL, url), bySeq(), 0, Integer.MAX_VALUE, JSON)
        .forEach(json -> found.add(RecordCodec.read(json, Article.class)));
    return found;
  }

  // ---- events, stories, changes ----

  @Override
  public Clustering clustering() {
    if (legacy) {
      return legacyClustering().orElse(Clustering.EMPTY);
    }
    List<Event> events = read(new TermQuery(new Term(TYPE, "event")), byNumber(), 0, Integer.MAX_VALUE, RECORD)
        .stream().map(json -> RecordCodec.read(json, Event.class)).toList();
    List<Story> stories = read(new TermQuery(new Term(TYPE, "story")), byNumber(), 0, Integer.MAX_VALUE, RECORD)
        .stream().map(json -> RecordCodec.read(json, Story.class)).toList();
    return new Clustering(events, stories, changes());
  }

  @Override
  public Optional<Clustering> legacyClustering() {
    if (!legacy) {
      return Optional.empty();
    }
    return Optional.of(first(new TermQuery(new Term(TYPE, "clustering")), JSON)
        .map(json -> RecordCodec.read(json, Clustering.class)).orElse(Clustering.EMPTY));
  }

  @Override
  public Optional<Analysis.EventReport> event(String id) {
    return first(typed("event", ID, id), JSON).map(json -> RecordCodec.read(json, Analysis.EventReport.class));
  }

  @Override
  public List<Analysis.EventReport> events(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Analysis.EventReport> found = new HashMap<>();
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "event")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
        .build();
    read(query, byNumber(), 0, ids.size(), JSON).forEach(json -> {
      Analysis.EventReport report = RecordCodec.read(json, Analysis.EventReport.class);
      found.put(report.event().id(), report);
    });
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  @Override
  public List<Analysis.EventReport> events(int offset, int limit) {
    return read(new TermQuery(new Term(TYPE, "event")), byNumber(), offset, limit, JSON).stream()
        .map(json -> RecordCodec.read(json, Analysis.EventReport.class)).toList();
  }

  @Override
  public int eventCount() {
    return legacy ? clustering().events().size() : count(new TermQuery(new Term(TYPE, "event")));
  }

  @Override
  public Optional<String> eventOfArticle(String articleId) {
    return first(typed("event", MEMBER, articleId), ID);
  }

  @Override
  public Optional<Analysis.StoryReport> story(String id) {
    return first(typed("story", ID, id), JSON).map(json -> RecordCodec.read(json, Analysis.StoryReport.class));
  }

  @Override
  public Optional<StorySummary> storySummary(String id) {
    return first(typed("story", ID, id), SUMMARY).map(json -> RecordCodec.read(json, StorySummary.class));
  }

  @Override
  public StoryPage stories(int offset, int limit) {
    Query stories = new TermQuery(new Term(TYPE, "story"));
    Sort latestFirst = new Sort(missingLast(new SortField(LAST_DAY, SortField.Type.LONG, true)),
        new SortField(ARTICLES, SortField.Type.LONG, true), new SortField(SORT_ID, SortField.Type.STRING));
    List<StorySummary> page = read(stories, latestFirst, offset, limit, SUMMARY).stream()
        .map(json -> RecordCodec.read(json, StorySummary.class)).toList();
    return new StoryPage(count(stories), offset, page);
  }

  private static SortField missingLast(SortField field) {
    field.setMissingValue(Long.MIN_VALUE);
    return field;
  }

  @Override
  public int storyCount() {
    return legacy ? clustering().stories().size() : count(new TermQuery(new Term(TYPE, "story")));
  }

  @Override
  public List<ClusterChange> changes() {
    if (legacy) {
      return legacyClustering().orElse(Clustering.EMPTY).changes();
    }
    return read(new TermQuery(new Term(TYPE, "change")), bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
        .map(json -> RecordCodec.read(json, ClusterChange.class)).toList();
  }

  @Override
  public List<ClusterChange> changesNaming(Collection<String> ids) {
    if (legacy) {
      return Store.super.changesNaming(ids);
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "change")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(NAMES, ids.stream().distinct().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
        .build();
    return read(query, bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
        .map(json -> RecordCodec.read(json, ClusterChange.class)).toList();
  }

  @Override
  public Optional<String> resolve(String id) {
    if (legacy) {
      Clustering clustering = clustering();
      return clustering.resolve(id);
    }
    String current = id;
    for (int hops = 0; hops < 10_000; hops++) {
      String type = current.startsWith("e") ? "event" : "story";
      if (count(typed(type, ID, current)) > 0) {
        return Optional.of(current);
      }
      List<ClusterChange> merges = read(typed("change", MERGED, current), bySeq(), 0, Integer.MAX_VALUE, JSON).stream()
          .map(json -> RecordCodec.read(json, ClusterChange.class)).toList();
      if (merges.isEmpty()) {
        return Optional.empty();
      }
      current = merges.get(merges.size() - 1).to().get(0);
    }
    return Optional.empty();
  }

  // ---- checkpoint ----

  @Override
  public synchronized Optional<Checkpoint> checkpoint() {
    ensureOpen();
    if (checkpointFile == null) {
      return Optional.empty();
    }
    try {
      long commit = Long.parseLong(checkpointFile.substring("checkpoint-".length(), checkpointFile.indexOf('.')));
      return Optional.of(new Checkpoint(commit, Files.readAllBytes(directory.resolve(checkpointFile))));
    } catch (IOException | RuntimeException e) {
      throw new StoreException("cannot read the clusterer checkpoint " + checkpointFile + " of store " + directory, e);
    }
  }

  @Override
  public synchronized long lastCommit() {
    return lastCommit;
  }

  @Override
  public List<List<AnnotatedArticle>> clusteredAfter(long commit) {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(CLUSTERED, "true")), BooleanClause.Occur.FILTER)
        .add(LongPoint.newRangeQuery(COMMIT, commit + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
        .build();
    Map<Long, List<AnnotatedArticle>> batches = new java.util.TreeMap<>();
    withSearcher(searcher -> {
      for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query)), bySeq()).scoreDocs) {
        Document document = searcher.storedFields().document(hit.doc);
        Article article = RecordCodec.read(document.get(JSON), Article.class);
        long at = document.getField(COMMIT).numericValue().longValue();
        batches.computeIfAbsent(at, k -> new ArrayList<>())
            .add(RecordCodec.read(document.get(ANNOTATIONS), Annotations.class).of(article));
      }
      return null;
    });
    return List.copyOf(batches.values());
  }

  // ---- writing ----

  @Override
  public synchronized void commit(Commit commit) {
    ensureOpen();
    checkCommit(commit);
    long number = lastCommit + 1;
    String newCheckpoint = null;
    try {
      if (commit.checkpoint() != null) {
        newCheckpoint = writeCheckpoint(number, commit.checkpoint());
      }
      for (String id : commit.versions().superseded()) {
        Article article = article(id).orElseThrow();
        writer.deleteDocuments(typed("article", ID, id));
        writer.addDocument(versionDocument(article));
      }
      for (Article article : commit.versions().earlier()) {
        writer.addDocument(versionDocument(article));
      }
      for (AnnotatedArticle article : commit.annotations()) {
        rewriteWithAnnotations(article);
      }
      for (AnnotatedArticle article : commit.articles()) {
        writer.addDocument(articleDocument(article, number, commit.clustered(), nextSeq++));
      }
      for (IngestError error : commit.errors()) {
        Document document = base("error", error.source());
        document.add(new StoredField(JSON, RecordCodec.write(error)));
        writer.addDocument(document);
      }
      for (String id : commit.removedEvents()) {
        writer.deleteDocuments(typed("event", ID, id));
      }
      for (String id : commit.removedStories()) {
        writer.deleteDocuments(typed("story", ID, id));
      }
      for (Analysis.EventReport event : commit.events()) {
        writer.deleteDocuments(typed("event", ID, event.event().id()));
        writer.addDocument(eventDocument(event));
      }
      for (StoryRecord story : commit.stories()) {
        writer.deleteDocuments(typed("story", ID, story.report().story().id()));
        writer.addDocument(storyDocument(story));
      }
      for (ClusterChange change : commit.changes()) {
        writer.addDocument(changeDocument(change));
      }
      if (legacy) {
        writer.deleteDocuments(new TermQuery(new Term(TYPE, "clustering")));
      }
      Map<String, String> data = new LinkedHashMap<>();
      data.put(DATA_COMMIT, Long.toString(number));
      data.put(DATA_LAYOUT, LAYOUT);
      String checkpointNow = newCheckpoint != null ? newCheckpoint : checkpointFile;
      if (checkpointNow != null) {
        data.put(DATA_CHECKPOINT, checkpointNow);
      }
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      lastCommit = number;
      legacy = false;
      if (newCheckpoint != null) {
        String previous = checkpointFile;
        checkpointFile = newCheckpoint;
        if (previous != null && !previous.equals(newCheckpoint)) {
          Files.deleteIfExists(directory.resolve(previous));
        }
      }
    } catch (IOException | RuntimeException e) {
      recover();
      deleteQuietly(newCheckpoint);
      throw new StoreException("cannot write to store " + directory + "; the commit was not stored: " + e.getMessage(), e);
    }
    refresh();
  }

  /** Writes the checkpoint file of commit {@code number} durably; returns its name. */
  private String writeCheckpoint(long number, byte[] state) throws IOException {
    String name = "checkpoint-" + number + ".bin";
    Path partial = directory.resolve(name + ".partial");
    try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(state);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return name;
  }

  private void deleteQuietly(String file) {
    if (file != null) {
      try {
        Files.deleteIfExists(directory.resolve(file));
      } catch (IOException ignored) {
        // an orphan checkpoint file is never read: the commit data names the current one
      }
    }
  }

  /** Replaces a stored article's document by one with its annotations, keeping its place and commit. */
  private void rewriteWithAnnotations(AnnotatedArticle article) throws IOException {
    Document old = withSearcher(searcher -> {
      ScoreDoc[] hits = searcher.search(typed("article", ID, article.id()), 1).scoreDocs;
      return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
    });
    if (old == null) {
      throw new IllegalArgumentException("annotations for an article not stored: " + article.id());
    }
    long seq = old.getField(SEQ).numericValue().longValue();
    long commit = old.getField(COMMIT) == null ? 0 : old.getField(COMMIT).numericValue().longValue();
    writer.deleteDocuments(typed("article", ID, article.id()));
    writer.addDocument(articleDocument(article, commit, false, seq));
  }

  private Document articleDocument(AnnotatedArticle annotated, long commit, boolean clustered, long seq) {
    Article article = annotated.article();
    Document document = base("article", article.id(), seq);
    if (article.url() != null) {
      document.add(new StringField(URL, article.url(), Field.Store.NO));
    }
    document.add(new TextField(TEXT, (article.headline() == null ? "" : article.headline() + "\n") + article.body(),
        Field.Store.NO));
    document.add(new StoredField(JSON, RecordCodec.write(article)));
    document.add(new StoredField(ANNOTATIONS, RecordCodec.write(Annotations.of(annotated))));
    document.add(new LongPoint(COMMIT, commit));
    document.add(new StoredField(COMMIT, commit));
    if (clustered) {
      document.add(new StringField(CLUSTERED, "true", Field.Store.NO));
    }
    return document;
  }

  private Document eventDocument(Analysis.EventReport report) {
    Event event = report.event();
    Document document = base("event", event.id());
    numbered(document, event.id());
    event.articles().forEach(article -> document.add(new StringField(MEMBER, article, Field.Store.NO)));
    document.add(new StoredField(RECORD, RecordCodec.write(event)));
    document.add(new StoredField(JSON, RecordCodec.write(report)));
    return document;
  }

  private Document storyDocument(StoryRecord record) {
    Story story = record.report().story();
    Document document = base("story", story.id());
    numbered(document, story.id());
    if (record.summary().last() != null) {
      document.add(new NumericDocValuesField(LAST_DAY, record.summary().last().toEpochDay()));
    }
    document.add(new NumericDocValuesField(ARTICLES, record.summary().articles()));
    document.add(new SortedDocValuesField(SORT_ID, new BytesRef(story.id())));
    document.add(new StoredField(RECORD, RecordCodec.write(story)));
    document.add(new StoredField(JSON, RecordCodec.write(record.report())));
    document.add(new StoredField(SUMMARY, RecordCodec.write(record.summary())));
    return document;
  }

  private Document changeDocument(ClusterChange change) {
    Document document = base("change", change.kind() + ":" + String.join(",", change.from()));
    Set<String> names = new HashSet<>(change.from());
    names.addAll(change.to());
    names.forEach(name -> document.add(new StringField(NAMES, name, Field.Store.NO)));
    if (change.kind() == ClusterChange.Kind.MERGE) {
      change.from().stream().filter(id -> !id.equals(change.to().get(0)))
          .forEach(id -> document.add(new StringField(MERGED, id, Field.Store.NO)));
    }
    document.add(new StoredField(JSON, RecordCodec.write(change)));
    return document;
  }

  /** The sortable number of an event or story id ({@code e12}: 12). */
  private static void numbered(Document document, String id) {
    document.add(new NumericDocValuesField(NUMBER, Clustering.number(id)));
  }

  private Document versionDocument(Article article) {
    Document document = base("version", article.id());
    if (article.url() != null) {
      document.add(new StringField(URL, article.url(), Field.Store.NO));
    }
    document.add(new StoredField(JSON, RecordCodec.write(article)));
    return document;
  }

  @Override
  public List<String> search(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int clauses = 0;
    try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && clauses < 64) {
        words.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
        clauses++;
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (clauses == 0) {
      return List.of();
    }
    BooleanQuery articles = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
        .add(words.build(), BooleanClause.Occur.MUST)
        .build();
    return withSearcher(searcher -> {
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(articles, limit).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc, Set.of(ID)).get(ID));
      }
      return ids;
    });
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      searchers.close();
      writer.close();
      index.close();
    } catch (IOException e) {
      throw new StoreException("cannot close store " + directory, e);
    }
  }

  // ---- plumbing ----

  private Document base(String type, String id) {
    return base(type, id, nextSeq++);
  }

  private static Document base(String type, String id, long seq) {
    Document document = new Document();
    document.add(new StringField(TYPE, type, Field.Store.NO));
    document.add(new StringField(ID, id, Field.Store.YES));
    document.add(new LongPoint(SEQ, seq));
    document.add(new NumericDocValuesField(SEQ, seq));
    document.add(new StoredField(SEQ, seq));
    return document;
  }

  private static Query typed(String type, String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Sort bySeq() {
    return new Sort(new SortField(SEQ, SortField.Type.LONG));
  }

  private static Sort byNumber() {
    return new Sort(new SortField(NUMBER, SortField.Type.LONG));
  }

  /** The highest sequence number stored, -1 for an empty store. */
  private long lastSeq() throws IOException {
    return withSearcher(searcher -> {
      ScoreDoc[] last = searcher.search(new MatchAllDocsQuery(), 1,
          new Sort(new SortField(SEQ, SortField.Type.LONG, true))).scoreDocs;
      return last.length == 0 ? -1L : searcher.storedFields().document(last[0].doc).getField(SEQ).numericValue().longValue();
    });
  }

  /** The {@code field} of the hits {@code offset} to {@code offset + limit} of {@code query} in {@code sort} order. */
  private List<String> read(Query query, Sort sort, int offset, int limit, String field) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("need offset >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
    return withSearcher(searcher -> {
      // the collector's queue is sized by the hits asked for: ask for the matches, not the whole index
      int max = (int) Math.min((long) offset + limit, searcher.count(query));
      if (max <= offset) {
        return List.<String>of();
      }
      ScoreDoc[] hits = searcher.search(query, max, sort).scoreDocs;
      List<String> out = new ArrayList<>();
      for (int i = offset; i < hits.length; i++) {
        out.add(searcher.storedFields().document(hits[i].doc, Set.of(field)).get(field));
      }
      return out;
    });
  }

  private Optional<String> first(Query query, String field) {
    return withSearcher(searcher -> {
      ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
      return hits.length == 0 ? Optional.empty()
          : Optional.ofNullable(searcher.storedFields().document(hits[0].doc, Set.of(field)).get(field));
    });
  }

  private int count(Query query) {
    return withSearcher(searcher -> searcher.count(query));
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} on a searcher of the last commit, without waiting for a writer. */
  private <T> T withSearcher(SearcherWork<T> work) {
    ensureOpen();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw new StoreException("store " + directory + " is closed or cannot be read", e);
    }
    try {
      return work.run(searcher);
    } catch (IOException e) {
      throw new StoreException("cannot read store " + directory, e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new StoreException("cannot read store " + directory, e);
      }
    }
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot refresh store " + directory, e);
    }
  }

  /** Drops everything since the last commit and reopens the writer. */
  private void recover() {
    try {
      writer.rollback();
      writer = newWriter();
      searchers.close();
      openSearchers();
    } catch (IOException e) {
      closed = true;
      throw new StoreException("store " + directory + " could not recover from a failed write; reopen it", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException("store " + directory + " is closed");
    }
  }
}
