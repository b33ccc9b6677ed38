package dev.parallax.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Analysis;
import dev.parallax.model.Article;
import dev.parallax.server.json.JsonReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
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
    Analysis analysis = library.snapshot().analysis();
    ObjectNode body = Json.object()
        .put("articles", analysis.articles().size())
        .put("events", analysis.events().size())
        .put("stories", analysis.stories().size())
        .put("errors", analysis.errors().size())
        .put("writable", ingestion.writable());
    Json.send(ctx, 200, body);
  }

  private void stories(Context ctx) {
    Snapshot snapshot = library.snapshot();
    String query = query(ctx);
    List<Snapshot.StorySummary> all = query == null ? snapshot.stories()
        : matching(snapshot, query, article -> snapshot.storyOfArticle(article.id()).orElse(null)).stream()
            .map(id -> snapshot.storySummary(id).orElseThrow()).toList();
    page(ctx, query, all, (items, summary) -> items.add(Snapshot.summaryNode(summary)));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    Snapshot snapshot = library.snapshot();
    if (!redirected(ctx, snapshot, id, "/api/stories/", 's')) {
      Json.send(ctx, 200, snapshot.storyPage(id).orElseThrow(() -> ApiException.notFound("story", id)));
    }
  }

  /**
   * Answers a request for an id merged into another with a permanent redirect (308) to the
   * survivor, and a body naming it: {@code {"id", "mergedInto", "location"}}; false when the
   * id was not merged away or is not of the {@code kind} the path serves ({@code e}, {@code s}).
   */
  private static boolean redirected(Context ctx, Snapshot snapshot, String id, String path, char kind) {
    if (id.isEmpty() || id.charAt(0) != kind) {
      return false;
    }
    String survivor = snapshot.mergedInto(id).orElse(null);
    if (survivor == null) {
      return false;
    }
    String location = path + survivor;
    ctx.header("Location", location);
    Json.send(ctx, 308, Json.object().put("id", id).put("mergedInto", survivor).put("location", location));
    return true;
  }

  private void events(Context ctx) {
    Snapshot snapshot = library.snapshot();
    String query = query(ctx);
    List<Analysis.EventReport> all = query == null ? snapshot.events()
        : matching(snapshot, query, article -> snapshot.eventOfArticle(article.id()).orElse(null)).stream()
            .map(id -> snapshot.event(id).orElseThrow()).toList();
    page(ctx, query, all, (items, event) -> JsonReport.event(items.addObject(), event));
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    Snapshot snapshot = library.snapshot();
    if (!redirected(ctx, snapshot, id, "/api/events/", 'e')) {
      Analysis.EventReport event = snapshot.event(id).orElseThrow(() -> ApiException.notFound("event", id));
      Json.send(ctx, 200, JsonReport.event(Json.object(), event));
    }
  }

  private void articles(Context ctx) {
    Snapshot snapshot = library.snapshot();
    String query = query(ctx);
    List<Article> all = query == null ? snapshot.analysis().articles() : library.search(query);
    page(ctx, query, all, (items, article) -> {
      ObjectNode item = items.addObject().put("id", article.id()).put("source", article.source())
          .put("outlet", article.outlet()).put("headline", article.headline())
          .put("published", article.published() == null ? null : article.published().iso());
      placement(snapshot, item, article.id());
    });
  }

  private void article(Context ctx) {
    Snapshot snapshot = library.snapshot();
    String id = ctx.pathParam("id");
    Article article = snapshot.article(id).orElseThrow(() -> ApiException.notFound("article", id));
    ObjectNode body = JsonReport.article(Json.object(), article);
    placement(snapshot, body, id);
    Json.send(ctx, 200, body);
  }

  private void errors(Context ctx) {
    page(ctx, null, library.snapshot().analysis().errors(), (items, error) -> JsonReport.errors(items, List.of(error)));
  }

  private void export(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"parallax-export.json\"");
    Json.send(ctx, 200, JsonReport.of(library.snapshot().analysis()).getBytes(StandardCharsets.UTF_8));
  }

  private static void placement(Snapshot snapshot, ObjectNode node, String articleId) {
    node.put("event", snapshot.eventOfArticle(articleId).orElse(null));
    node.put("story", snapshot.storyOfArticle(articleId).orElse(null));
  }

  /** The ids {@code owner} gives the articles matching {@code query}, first hit first, each once. */
  private List<String> matching(Snapshot snapshot, String query, Function<Article, String> owner) {
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

  private static <T> void page(Context ctx, String query, List<T> all, ItemWriter<T> writer) {
    Paging paging = Paging.parse(ctx.queryParam("offset"), ctx.queryParam("limit"));
    ObjectNode body = Json.object().put("total", all.size()).put("offset", paging.offset()).put("limit", paging.limit());
    body.put("query", query);
    ArrayNode items = body.putArray("items");
    paging.of(all).forEach(item -> writer.write(items, item));
    Json.send(ctx, 200, body);
  }
}
