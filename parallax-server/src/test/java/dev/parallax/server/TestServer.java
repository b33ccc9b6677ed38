package dev.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Parallax;
import dev.parallax.ingest.FileIngest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real server on a free loopback port over an in-memory store holding the demo samples. */
final class TestServer implements AutoCloseable {

  static final String TOKEN = "test-token-123";

  final ParallaxServer server;
  final HttpClient client = HttpClient.newHttpClient();

  TestServer(ParallaxServer.Settings settings) {
    Parallax parallax = Parallax.builder().build();
    FileIngest.Inputs samples = DemoCorpus.read();
    parallax.ingest(samples.documents(), samples.errors());
    this.server = ParallaxServer.start(parallax, settings);
  }

  private TestServer(ParallaxServer server) {
    this.server = server;
  }

  /** A client of a server started elsewhere; closing it closes the server. */
  static TestServer on(ParallaxServer server) {
    return new TestServer(server);
  }

  static TestServer writable() {
    return new TestServer(ParallaxServer.Settings.local(0).withToken(TOKEN));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The answer's status and body, the body parsed as JSON. */
  record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  Answer post(String path, String contentType, String body, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.headers().firstValue("content-type").orElse("").startsWith("application/json")
          ? Json.MAPPER.readTree(response.body()) : null;
      return new Answer(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
