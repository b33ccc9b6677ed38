package dev.parallax.store.lucene;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.IngestError;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded on-disk store: one Lucene index in a directory. Each article, each ingest
 * error and the clustering are documents holding their record as JSON; articles are also
 * indexed for BM25 search over headline and body (English analysis). A {@link #commit} is
 * one Lucene commit, so a batch is kept whole or not at all, also across a crash. One
 * process may open a store at a time (Lucene's write lock); readers in that process may run
 * concurrently with the writer. The directory holds a {@value #MARKER} file naming the format.
 * Earlier versions of an article are {@code version} documents, keyed by id and canonical URL.
 */
public final class LuceneStore implements Store {

  static final String MARKER = "parallax-store.json";
  static final int FORMAT = 1;

  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String JSON = "json";
  private static final String TEXT = "text";
  private static final String URL = "url";

  private final Path directory;
  private final FSDirectory index;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private IndexWriter writer;
  private DirectoryReader reader;
  private long nextSeq;
  private boolean closed;

  private LuceneStore(Path directory) throws IOException {
    this.directory = directory;
    this.index = FSDirectory.open(directory);
    try {
      this.writer = newWriter();
    } catch (LockObtainFailedException e) {
      index.close();
      throw new StoreException("store " + directory + " is in use by another process", e);
    }
    this.reader = DirectoryReader.open(writer);
    this.nextSeq = lastSeq() + 1;
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

  @Override
  public synchronized boolean contains(String articleId) {
    BooleanQuery currentOrEarlier = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(TYPE, "version")), BooleanClause.Occur.SHOULD)
        .build();
    return count(new BooleanQuery.Builder()
        .add(currentOrEarlier, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, articleId)), BooleanClause.Occur.FILTER)
        .build()) > 0;
  }

  @Override
  public synchronized Optional<Article> article(String articleId) {
    List<String> found = jsonOf(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, articleId)), BooleanClause.Occur.FILTER)
        .build(), 1);
    return found.stream().findFirst().map(json -> RecordCodec.read(json, Article.class));
  }

  @Override
  public synchronized List<Article> articles() {
    return jsonOf(new TermQuery(new Term(TYPE, "article")), Integer.MAX_VALUE).stream()
        .map(json -> RecordCodec.read(json, Article.class)).toList();
  }

  @Override
  public synchronized List<IngestError> errors() {
    return jsonOf(new TermQuery(new Term(TYPE, "error")), Integer.MAX_VALUE).stream()
        .map(json -> RecordCodec.read(json, IngestError.class)).toList();
  }

  @Override
  public synchronized Clustering clustering() {
    return jsonOf(new TermQuery(new Term(TYPE, "clustering")), 1).stream().findFirst()
        .map(json -> RecordCodec.read(json, Clustering.class)).orElse(Clustering.EMPTY);
  }

  @Override
  public synchronized void commit(Batch batch) {
    ensureOpen();
    Set<String> ids = new HashSet<>();
    for (Article article : batch.articles()) {
      if (!ids.add(article.id()) || contains(article.id())) {
        throw new IllegalArgumentException("article already stored: " + article.id());
      }
    }
    try {
      for (Article article : batch.articles()) {
        Document document = base("article", article.id());
        document.add(new TextField(TEXT, (article.headline() == null ? "" : article.headline() + "\n") + article.body(),
            Field.Store.NO));
        document.add(new StoredField(JSON, RecordCodec.write(article)));
        writer.addDocument(document);
      }
      for (IngestError error : batch.errors()) {
        Document document = base("error", error.source());
        document.add(new StoredField(JSON, RecordCodec.write(error)));
        writer.addDocument(document);
      }
      Document clustering = base("clustering", "clustering");
      clustering.add(new StoredField(JSON, RecordCodec.write(batch.clustering())));
      writer.updateDocument(new Term(TYPE, "clustering"), clustering);
      writer.commit();
    } catch (IOException | RuntimeException e) {
      recover();
      throw new StoreException("cannot write to store " + directory + "; the batch was not stored: " + e.getMessage(), e);
    }
    refresh();
  }

  /**
   * Stages the version changes in the writer, then commits them with the batch in one Lucene
   * commit: a superseded article's document is replaced by a {@code version} document.
   */
  @Override
  public synchronized void commit(Batch batch, Versions versions) {
    ensureOpen();
    List<Article> superseded = new ArrayList<>();
    for (String id : versions.superseded()) {
      superseded.add(article(id).orElseThrow(() -> new IllegalArgumentException("superseded article is not a current one: " + id)));
    }
    for (Article article : versions.earlier()) {
      if (contains(article.id())) {
        throw new IllegalArgumentException("article already stored: " + article.id());
      }
    }
    try {
      for (Article article : superseded) {
        writer.deleteDocuments(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(ID, article.id())), BooleanClause.Occur.FILTER)
            .build());
        writer.addDocument(versionDocument(article));
      }
      for (Article article : versions.earlier()) {
        writer.addDocument(versionDocument(article));
      }
    } catch (IOException | RuntimeException e) {
      recover();
      throw new StoreException("cannot write to store " + directory + "; the batch was not stored: " + e.getMessage(), e);
    }
    try {
      commit(batch);
    } catch (IllegalArgumentException e) {
      recover();
      throw e;
    }
  }

  @Override
  public synchronized List<Article> versions(String url) {
    List<Article> found = new ArrayList<>();
    jsonOf(versionQuery(URL, url), Integer.MAX_VALUE).forEach(json -> found.add(RecordCodec.read(json, Article.class)));
    articles().stream().filter(article -> url.equals(article.url())).forEach(found::add);
    return found;
  }

  private Document versionDocument(Article article) {
    Document document = base("version", article.id());
    if (article.url() != null) {
      document.add(new StringField(URL, article.url(), Field.Store.NO));
    }
    document.add(new StoredField(JSON, RecordCodec.write(article)));
    return document;
  }

  private static org.apache.lucene.search.Query versionQuery(String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, "version")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
        .build();
  }

  @Override
  public synchronized List<String> search(String query, int limit) {
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
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(articles, limit).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(ID));
      }
      return ids;
    } catch (IOException e) {
      throw new StoreException("cannot search store " + directory, e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      reader.close();
      writer.close();
      index.close();
    } catch (IOException e) {
      throw new StoreException("cannot close store " + directory, e);
    }
  }

  private Document base(String type, String id) {
    Document document = new Document();
    document.add(new StringField(TYPE, type, Field.Store.NO));
    document.add(new StringField(ID, id, Field.Store.YES));
    long seq = nextSeq++;
    document.add(new LongPoint(SEQ, seq));
    document.add(new NumericDocValuesField(SEQ, seq));
    document.add(new StoredField(SEQ, seq));
    return document;
  }

  /** The highest sequence number stored, -1 for an empty store. */
  private long lastSeq() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    ScoreDoc[] last = searcher.search(new MatchAllDocsQuery(), 1,
        new Sort(new SortField(SEQ, SortField.Type.LONG, true))).scoreDocs;
    return last.length == 0 ? -1 : searcher.storedFields().document(last[0].doc).getField(SEQ).numericValue().longValue();
  }

  private List<String> jsonOf(org.apache.lucene.search.Query query, int limit) {
    ensureOpen();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      int max = Math.max(1, Math.min(limit, Math.max(1, reader.maxDoc())));
      List<String> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, max, new Sort(new SortField(SEQ, SortField.Type.LONG))).scoreDocs) {
        out.add(searcher.storedFields().document(hit.doc).get(JSON));
      }
      return out;
    } catch (IOException e) {
      throw new StoreException("cannot read store " + directory, e);
    }
  }

  private int count(org.apache.lucene.search.Query query) {
    ensureOpen();
    try {
      return new IndexSearcher(reader).count(query);
    } catch (IOException e) {
      throw new StoreException("cannot read store " + directory, e);
    }
  }

  private void refresh() {
    try {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    } catch (IOException e) {
      throw new StoreException("cannot refresh store " + directory, e);
    }
  }

  /** Drops everything since the last commit and reopens the writer. */
  private void recover() {
    try {
      writer.rollback();
      writer = newWriter();
      reader.close();
      reader = DirectoryReader.open(writer);
      nextSeq = lastSeq() + 1;
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
