package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the request bodies of the write API on a real server: text, HTML and URL ingest, with
 * any bytes and any content type. Properties: every answer is a documented status with a JSON
 * body, never a 500; the server connects nowhere but to itself (Jazzer's request-forgery
 * detector watches every connection: a URL ingest must refuse loopback and private targets). The server is started afresh every {@value #REQUESTS_PER_SERVER}
 * requests so the store stays small. Replays {@code ApiFuzzTestInputs} in normal tests; long
 * campaigns: {@code scripts/fuzz api} (docs/ROBUSTNESS.md).
 */
class ApiFuzzTest {

  private static final int REQUESTS_PER_SERVER = 200;
  private static final long MAX_BODY_BYTES = 1 << 16;
  private static final String[] PATHS = {"/api/ingest/text", "/api/ingest/html", "/api/ingest/url"};
  private static final String[] TYPES = {"text/plain; charset=utf-8", "text/html", "application/json",
      "application/octet-stream", "multipart/form-data; boundary=x"};
  private static final Set<Integer> DOCUMENTED = Set.of(200, 201, 400, 401, 403, 404, 405, 413, 502, 504);

  private static TestServer server;
  private static int requests;

  @FuzzTest(maxDuration = "10m")
  void requests(FuzzedDataProvider data) {
    if (server == null || requests++ % REQUESTS_PER_SERVER == 0) {
      close();
      server = new TestServer(new ParallaxServer.Settings("127.0.0.1", 0, TestServer.TOKEN, false, MAX_BODY_BYTES,
          Duration.ofSeconds(2)));
    }
    String path = data.pickValue(PATHS);
    String type = data.pickValue(TYPES);
    boolean authorised = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorised) {
      request.header("Authorization", "Bearer " + TestServer.TOKEN);
    }
    TestServer.Answer answer;
    int port = server.server.port();
    try (SilentCloseable onlyTheServer = BugDetectors.allowNetworkConnections(
        (host, to) -> to == port && (host.equals("127.0.0.1") || host.equals("localhost")))) {
      answer = server.send(request.build());
    }
    assertTrue(DOCUMENTED.contains(answer.status()), "undocumented status " + answer.status() + ": " + answer.raw().body());
    assertNotNull(answer.json(), "no JSON body: " + answer.raw().body());
  }

  @AfterAll
  static void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
