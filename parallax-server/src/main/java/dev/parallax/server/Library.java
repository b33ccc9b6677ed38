package dev.parallax.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.StorySummary;
import dev.parallax.StoryView;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.server.json.JsonReport;
import dev.parallax.store.Store;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's hold on one {@link Parallax}: reads go to the store's records (lists paged by
 * the store, nothing recomputed) and never wait for a writer; ingests take turns on the engine
 * (one writer at a time). A story page is rendered to JSON once per store commit and kept, the
 * least recently read going first past {@value #CACHED_BYTES} bytes of pages.
 */
final class Library implements AutoCloseable {

  static final long CACHED_BYTES = 128L << 20;
  /** A search over the store looks at this many best hits at most. */
  static final int MAX_HITS = 1_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Parallax parallax;
  private final Store store;
  /** Story pages by id, least recently read first; guarded by itself. */
  private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long cachedBytes;

  private record CachedPage(long commit, byte[] json) {}

  Library(Parallax parallax) {
    this.parallax = Objects.requireNonNull(parallax, "parallax");
    this.store = parallax.store();
  }

  Store store() {
    return store;
  }

  Parallax parallax() {
    return parallax;
  }

  synchronized IngestReport ingest(List<RawDocument> documents, List<IngestError> inputErrors) {
    return parallax.ingest(documents, inputErrors);
  }

  /** The best stored articles matching {@code query}, best first (at most {@value #MAX_HITS}). */
  List<Article> search(String query) {
    return parallax.search(query, MAX_HITS);
  }

  /** The story an article belongs to, if it is clustered. */
  Optional<String> storyOfArticle(String articleId) {
    return store.eventOfArticle(articleId).flatMap(store::event).map(event -> event.event().story());
  }

  /**
   * Everything the story page shows, as JSON bytes: the story and its brief, a summary, its
   * events by date (entities, quote groups, facts), the articles its analysis read, and the
   * coverage: articles per publication day.
   */
  Optional<byte[]> storyPage(String id) {
    long commit = store.lastCommit();
    synchronized (pages) {
      CachedPage cached = pages.get(id);
      if (cached != null && cached.commit() == commit) {
        return Optional.of(cached.json());
      }
    }
    Optional<byte[]> page = parallax.story(id).map(Library::render);
    page.ifPresent(json -> keep(id, new CachedPage(commit, json)));
    return page;
  }

  private void keep(String id, CachedPage page) {
    synchronized (pages) {
      CachedPage before = pages.put(id, page);
      cachedBytes += page.json().length - (before == null ? 0 : before.json().length);
      var oldest = pages.entrySet().iterator();
      while (cachedBytes > CACHED_BYTES && oldest.hasNext()) {
        cachedBytes -= oldest.next().getValue().json().length;
        oldest.remove();
      }
    }
  }

  private static byte[] render(StoryView view) {
    ObjectNode root = MAPPER.createObjectNode();
    JsonReport.story(root.putObject("story"), view.story());
    root.set("summary", summaryNode(view.summary()));
    ArrayNode eventNodes = root.putArray("events");
    view.events().forEach(event -> JsonReport.event(eventNodes.addObject(), event));
    ArrayNode articleNodes = root.putArray("articles");
    view.articles().forEach(article -> JsonReport.article(articleNodes.addObject(), article));
    ArrayNode coverage = root.putArray("coverage");
    view.coverage().forEach((day, count) -> coverage.addObject().put("date", day.toString()).put("articles", count));
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render story " + view.story().story().id(), e);
    }
  }

  static ObjectNode summaryNode(StorySummary summary) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", summary.id()).put("title", summary.title()).put("lead", summary.lead())
        .put("events", summary.events()).put("articles", summary.articles());
    ArrayNode outlets = node.putArray("outlets");
    summary.outlets().forEach(outlets::add);
    node.put("first", summary.first() == null ? null : summary.first().toString());
    node.put("last", summary.last() == null ? null : summary.last().toString());
    return node;
  }

  @Override
  public synchronized void close() {
    parallax.close();
  }
}
