package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The story page in real headless Chromium: {@code src/test/e2e/story-page.mjs}, driven by
 * playwright-core, loads the demo, opens a story, sees the timeline and a quote group, proves
 * a hostile article's markup is shown as text and never runs, and keeps screenshots in
 * {@code target/e2e/}. Skipped, saying why, when node, Chromium or playwright-core (npm ci in
 * this module) is missing; {@code .ci/run} installs all three.
 */
class BrowserEndToEndTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

  @Test
  void theStoryPageWorksInChromiumAndRunsNothingFromArticles() throws IOException, InterruptedException {
    assumeTrue(runs("node", "--version"), "node is not installed: skipping the browser test (apt-get install nodejs npm)");
    assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "no Chromium at " + CHROMIUM + ": skipping the browser test (apt-get install chromium)");
    assumeTrue(Files.isDirectory(MODULE.resolve("node_modules/playwright-core")),
        "playwright-core is not installed: skipping the browser test (run 'npm ci' in parallax-server)");
    try (TestServer server = TestServer.writable()) {
      String hostile = new String(BrowserEndToEndTest.class.getResourceAsStream("/hostile.html").readAllBytes(), StandardCharsets.UTF_8);
      TestServer.Answer ingest = server.post("/api/ingest/html?source=hostile.html", "text/html", hostile, TestServer.TOKEN);
      assertEquals(1, ingest.json().get("addedCount").asInt(), ingest.raw().body());
      ProcessBuilder node = new ProcessBuilder("node", "src/test/e2e/story-page.mjs").directory(MODULE.toFile()).redirectErrorStream(true);
      node.environment().put("BASE_URL", server.base());
      node.environment().put("OUT_DIR", MODULE.resolve("target/e2e").toString());
      node.environment().put("HOSTILE_QUERY", "Zorblatt");
      node.environment().put("CHROMIUM", CHROMIUM);
      Process process = node.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean finished = process.waitFor(3, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      System.out.println(output);
      assertEquals(0, finished ? process.exitValue() : -1, "browser checks failed:\n" + output);
    }
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
      try (InputStream in = process.getInputStream()) {
        in.readAllBytes();
      }
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
