package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WriteApiTest {

  private static final String ARTICLE = "Ferry service resumes in Tessel after storm\n\n"
      + "By Ada Wenk | The Tessel Tribune | 2025-06-10\n\n"
      + "Ferries between Tessel and the mainland ran again on Tuesday after three days of storms kept every boat in port, "
      + "the harbour office said.\n\n"
      + "\"We are glad to see the boats moving again,\" harbour master Per Amsel told reporters on the quay.\n\n"
      + "The first crossing left at six in the morning with more than two hundred passengers, many of them stranded since "
      + "the weekend, and the timetable will be back to normal by Thursday, officials said.\n";

  @Test
  void writesAreOffWithoutAToken() {
    try (TestServer server = new TestServer(ParallaxServer.Settings.local(0))) {
      TestServer.Answer answer = server.post("/api/ingest/text", "text/plain", ARTICLE, "anything");
      assertEquals(403, answer.status());
      assertEquals("writes_disabled", answer.json().at("/error/code").asText());
    }
  }

  @Test
  void writesNeedTheRightToken() {
    try (TestServer server = TestServer.writable()) {
      assertEquals("unauthorized", server.post("/api/ingest/text", "text/plain", ARTICLE, null).json().at("/error/code").asText());
      TestServer.Answer wrong = server.post("/api/ingest/text", "text/plain", ARTICLE, "wrong");
      assertEquals(401, wrong.status());
      assertEquals(10, server.get("/api/status").json().get("articles").asInt());
    }
  }

  @Test
  void postedTextIsIngestedAndShowsUpInTheReads() {
    try (TestServer server = TestServer.writable()) {
      TestServer.Answer answer = server.post("/api/ingest/text?source=tribune.txt", "text/plain", ARTICLE, TestServer.TOKEN);
      assertEquals(200, answer.status(), answer.raw().body());
      assertEquals(1, answer.json().get("addedCount").asInt());
      assertEquals("tribune.txt", answer.json().at("/added/0/source").asText());
      String id = answer.json().at("/added/0/id").asText();
      assertEquals(11, server.get("/api/status").json().get("articles").asInt());
      assertTrue(server.get("/api/articles/" + id).json().get("story").isTextual());
      TestServer.Answer again = server.post("/api/ingest/text", "text/plain", ARTICLE, TestServer.TOKEN);
      assertEquals(1, again.json().get("duplicateCount").asInt());
      TestServer.Answer empty = server.post("/api/ingest/html", "text/html", "  ", TestServer.TOKEN);
      assertEquals(400, empty.status());
      assertEquals("bad_request", empty.json().at("/error/code").asText());
    }
  }

  @Test
  void uploadedFilesAreIngestedAndBadOnesNamed() {
    try (TestServer server = TestServer.writable()) {
      String boundary = "----parallax-test-boundary";
      String body = part(boundary, "tribune.txt", "text/plain", ARTICLE)
          + part(boundary, "notes.pdf", "application/pdf", "%PDF-1.4 not an article")
          + "--" + boundary + "--\r\n";
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/ingest/files"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("Authorization", "Bearer " + TestServer.TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      TestServer.Answer answer = server.send(request);
      assertEquals(200, answer.status(), answer.raw().body());
      assertEquals(1, answer.json().get("addedCount").asInt());
      assertEquals("upload:tribune.txt", answer.json().at("/added/0/source").asText());
      assertEquals("upload:notes.pdf", answer.json().at("/errors/0/source").asText());
      assertEquals("unsupported", answer.json().at("/errors/0/code").asText());
      TestServer.Answer stored = server.get("/api/errors");
      assertEquals(1, stored.json().get("total").asInt());
      assertEquals("upload:notes.pdf", stored.json().at("/items/0/source").asText());
    }
  }

  private static String part(String boundary, String name, String type, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n";
  }

  @Test
  void oversizeBodiesAre413() {
    ParallaxServer.Settings small = new ParallaxServer.Settings("127.0.0.1", 0, TestServer.TOKEN, false, 4096, Duration.ofSeconds(5));
    try (TestServer server = new TestServer(small)) {
      TestServer.Answer answer = server.post("/api/ingest/text", "text/plain", ARTICLE.repeat(20), TestServer.TOKEN);
      assertEquals(413, answer.status());
      assertEquals("too_large", answer.json().at("/error/code").asText());
    }
  }

  @Test
  void urlIngestRefusesLoopbackUnlessAllowed() throws IOException {
    HttpServer origin = origin();
    try (TestServer server = TestServer.writable()) {
      String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/story.html";
      TestServer.Answer refused = server.post("/api/ingest/url", "application/json", "{\"url\": \"" + url + "\"}", TestServer.TOKEN);
      assertEquals(403, refused.status());
      assertEquals("url_refused", refused.json().at("/error/code").asText());
      TestServer.Answer scheme = server.post("/api/ingest/url", "application/json", "{\"url\": \"file:///etc/passwd\"}", TestServer.TOKEN);
      assertEquals(400, scheme.status());
      TestServer.Answer notJson = server.post("/api/ingest/url", "application/json", "url=x", TestServer.TOKEN);
      assertEquals("bad_request", notJson.json().at("/error/code").asText());
    } finally {
      origin.stop(0);
    }
  }

  @Test
  void urlIngestFetchesWithinLimitsWhenPrivateTargetsAreAllowed() throws IOException {
    HttpServer origin = origin();
    ParallaxServer.Settings allowed = new ParallaxServer.Settings("127.0.0.1", 0, TestServer.TOKEN, true, 4096, Duration.ofSeconds(5));
    try (TestServer server = new TestServer(allowed)) {
      String at = "http://127.0.0.1:" + origin.getAddress().getPort();
      TestServer.Answer fetched = server.post("/api/ingest/url", "application/json", "{\"url\": \"" + at + "/moved\"}", TestServer.TOKEN);
      assertEquals(200, fetched.status(), fetched.raw().body());
      assertEquals(1, fetched.json().get("addedCount").asInt());
      TestServer.Answer big = server.post("/api/ingest/url", "application/json", "{\"url\": \"" + at + "/big.html\"}", TestServer.TOKEN);
      assertEquals(413, big.status());
      assertEquals("too_large", big.json().at("/error/code").asText());
    } finally {
      origin.stop(0);
    }
  }

  @Test
  void aStalledFetchIsCutOffAtTheTimeLimit() throws IOException {
    HttpServer origin = origin();
    ParallaxServer.Settings allowed = new ParallaxServer.Settings("127.0.0.1", 0, TestServer.TOKEN, true, 4096, Duration.ofSeconds(1));
    try (TestServer server = new TestServer(allowed)) {
      String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/slow.html";
      long start = System.nanoTime();
      TestServer.Answer answer = server.post("/api/ingest/url", "application/json", "{\"url\": \"" + url + "\"}", TestServer.TOKEN);
      assertEquals(504, answer.status(), answer.raw().body());
      assertEquals("fetch_timeout", answer.json().at("/error/code").asText());
      assertTrue(System.nanoTime() - start < 8_000_000_000L, "the fetch was not cut off");
    } finally {
      origin.stop(0);
    }
  }

  /** A local web site: one article, a redirect to it, a page over the 4 KiB limit, a page that stalls. */
  private static HttpServer origin() throws IOException {
    HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String html = "<html><head><title>Ferry service resumes</title></head><body><article><p>"
        + ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    origin.createContext("/story.html", exchange -> respond(exchange.getResponseBody(), exchange, 200, html));
    origin.createContext("/big.html", exchange -> respond(exchange.getResponseBody(), exchange, 200, html.repeat(10)));
    origin.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/story.html");
      respond(exchange.getResponseBody(), exchange, 302, "");
    });
    origin.createContext("/slow.html", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    origin.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    origin.start();
    return origin;
  }

  private static void respond(OutputStream out, com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    try (InputStream in = exchange.getRequestBody(); out) {
      in.readAllBytes();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        out.write(bytes);
      }
    }
  }
}
