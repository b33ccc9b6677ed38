package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code parallax serve --demo} in a real child process: it serves the samples, and stops on SIGTERM. */
class ServeCommandTest {

  @Test
  void demoServesTheBundledSamplesUntilStopped() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--demo", "--port", "0"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertNotNull(line, "serve printed nothing");
      Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
      assertTrue(url.find(), line);
      assertTrue(line.contains("read-only"), line);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/status")).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = new ObjectMapper().readTree(status.body());
      assertEquals(10, json.get("articles").asInt());
      assertEquals(2, json.get("stories").asInt());
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(page.body().contains("Parallax"));
    } finally {
      child.destroy();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }

  @Test
  void aPortInUseIsAClearUsageError() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli result = Cli.run("serve", "--demo", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, result.exitCode(), result.err());
      assertTrue(result.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), result.err());
    }
  }

  @Test
  void needsAStoreOrTheDemo() {
    Cli result = Cli.run("serve");
    assertEquals(2, result.exitCode());
  }
}
