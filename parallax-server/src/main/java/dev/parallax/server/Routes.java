package dev.parallax.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Analysis;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import dev.parallax.store.Store;
import dev.parallax.server.json.JsonReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The routes of the server: the page and its assets, the read API, the write API
 * ({@link Ingestion}), and the mapping of every failure to a JSON error with a stable code.
 */
final class Routes {

  private final Library library;
  private final Ingestion ingestion;
  private final Assets assets = new Assets();

  Routes(Library library, ParallaxServer.Settings settings) {
    this.library = library;
    this.ingestion = new Ingestion(library, settings);
  }

  void register(RoutesConfig routes) {
    routes.before(Assets::secure);
    routes.get("/", assets::page);
    routes.get("/assets/{name}", assets::asset);
    routes.get("/api/status", this::status);
    routes.get("/api/stories", this::stories);
    routes.get("/api/stories/{id}", this::story);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/articles", this::articles);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/errors", this::errors);
    routes.get("/api/export", this::export);
    ingestion.register(routes);
    routes.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), code(e.getStatus()), e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500, "internal_error",
        "the server failed on this request (" + e.getClass().getSimpleName() + "); please report it"));
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      default -> "http_" + status;
    };
  }

  private void status(Context ctx) {
    Store store = library.store();
    ObjectNode body = Json.object()
        .put("articles", store.articleCount())
        .put("events", store.eventCount())
        .put("stories", store.storyCount())
        .put("errors", store.errors().size())
        .put("writable", ingestion.writable());
    Json.send(ctx, 200, body);
  }

  private void stories(Context ctx) {
    String query = query(ctx);
    Paging paging = Paging.parse(ctx.queryParam("offset"), ctx.queryParam("limit"));
    if (query == null) {
      StoryPage page = library.parallax().stories(paging.offset(), paging.limit());
      send(ctx, null, paging, page.total(), page.stories(), (items, summary) -> items.add(Library.summaryNode(summary)));
      return;
    }
    List<StorySummary> all = matching(query, article -> library.storyOfArticle(article.id()).orElse(null)).stream()
        .map(id -> library.store().storySummary(id)).flatMap(Optional::stream).toList();
    send(ctx, query, paging, all.size(), paging.of(all), (items, summary) -> items.add(Library.summaryNode(summary)));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    if (!redirected(ctx, id, "/api/stories/", 's')) {
      Json.send(ctx, 200, library.storyPage(id).orElseThrow(() -> ApiException.notFound("story", id)));
    }
  }

  /**
   * Answers a request for an id merged into another with a permanent redirect (308) to the
   * survivor, and a body naming it: {@code {"id", "mergedInto", "location"}}; false when the
   * id was not merged away or is not of the {@code kind} the path serves ({@code e}, {@code s}).
   */
  private boolean redirected(Context ctx, String id, String path, char kind) {
    if (id.isEmpty() || id.charAt(0) != kind) {
      return false;
    }
    String survivor = library.store().resolve(id).filter(current -> !current.equals(id)).orElse(null);
    if (survivor == null) {
      return false;
    }
    String location = path + survivor;
    ctx.header("Location", location);
    Json.send(ctx, 308, Json.object().put("id", id).put("mergedInto", survivor).put("location", location));
    return true;
  }

  private void events(Context ctx) {
    String query = query(ctx);
    Paging paging = Paging.parse(ctx.queryParam("offset"), ctx.queryParam("limit"));
    Store store = library.store();
    if (query == null) {
      send(ctx, null, paging, store.eventCount(), store.events(paging.offset(), paging.limit()),
          (items, event) -> JsonReport.event(items.addObject(), event));
      return;
    }
    List<String> ids = matching(query, article -> store.eventOfArticle(article.id()).orElse(null));
    send(ctx, query, paging, ids.size(), store.events(paging.of(ids)),
        (items, event) -> JsonReport.event(items.addObject(), event));
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    if (!redirected(ctx, id, "/api/events/", 'e')) {
      Analysis.EventReport event = library.store().event(id).orElseThrow(() -> ApiException.notFound("event", id));
      Json.send(ctx, 200, JsonReport.event(Json.object(), event));
    }
  }

  private void articles(Context ctx) {
    String query = query(ctx);
    Paging paging = Paging.parse(ctx.queryParam("offset"), ctx.queryParam("limit"));
    Store store = library.store();
    ItemWriter<Article> writer = (items, article) -> {
      ObjectNode item = items.addObject().put("id", article.id()).put("source", article.source())
          .put("outlet", article.outlet()).put("headline", article.headline())
          .put("published", article.published() == null ? null : article.published().iso());
      placement(item, article.id());
    };
    if (query == null) {
      send(ctx, null, paging, store.articleCount(), store.articles(paging.offset(), paging.limit()), writer);
      return;
    }
    List<Article> hits = library.search(query);
    send(ctx, query, paging, hits.size(), paging.of(hits), writer);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article article = library.store().article(id).orElseThrow(() -> ApiException.notFound("article", id));
    ObjectNode body = JsonReport.article(Json.object(), article);
    placement(body, id);
    Json.send(ctx, 200, body);
  }

  private void errors(Context ctx) {
    Paging paging = Paging.parse(ctx.queryParam("offset"), ctx.queryParam("limit"));
    List<IngestError> all = library.store().errors();
    send(ctx, null, paging, all.size(), paging.of(all), (items, error) -> JsonReport.errors(items, List.of(error)));
  }

  private void export(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"parallax-export.json\"");
    Json.send(ctx, 200, JsonReport.of(library.parallax().analysis()).getBytes(StandardCharsets.UTF_8));
  }

  private void placement(ObjectNode node, String articleId) {
    String event = library.store().eventOfArticle(articleId).orElse(null);
    node.put("event", event);
    node.put("story", event == null ? null
        : library.store().event(event).map(report -> report.event().story()).orElse(null));
  }

  /** The ids {@code owner} gives the articles matching {@code query}, first hit first, each once. */
  private List<String> matching(String query, Function<Article, String> owner) {
    Set<String> ids = new LinkedHashSet<>();
    for (Article article : library.search(query)) {
      String id = owner.apply(article);
      if (id != null) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  private static String query(Context ctx) {
    String query = ctx.queryParam("q");
    return query == null || query.isBlank() ? null : query.trim();
  }

  private interface ItemWriter<T> {
    void write(ArrayNode items, T item);
  }

  private static <T> void send(Context ctx, String query, Paging paging, int total, List<T> items,
      ItemWriter<T> writer) {
    ObjectNode body = Json.object().put("total", total).put("offset", paging.offset()).put("limit", paging.limit());
    body.put("query", query);
    ArrayNode array = body.putArray("items");
    items.forEach(item -> writer.write(array, item));
    Json.send(ctx, 200, body);
  }
}
