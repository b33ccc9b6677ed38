package dev.parallax.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web page's files, bundled in the jar under {@code web/} and held in memory: the page is
 * served from {@code /}, its script and style sheet from {@code /assets/NAME}. Every answer
 * carries a strict Content-Security-Policy (scripts and styles from this server only, no
 * inline script), so even markup that slipped into the page could not run.
 */
final class Assets {

  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "style.css", "text/css; charset=utf-8");

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  Assets() {
    for (String name : TYPES.keySet()) {
      try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
        if (in == null) {
          throw new IllegalStateException("web/" + name + " is missing from the jar");
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  void page(Context ctx) {
    send(ctx, "index.html");
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.equals("index.html") || !files.containsKey(name)) {
      throw ApiException.notFound("asset", name);
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    ctx.header("Cache-Control", "no-cache").contentType(TYPES.get(name)).result(files.get(name));
  }

  static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
