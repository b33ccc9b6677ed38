package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The story page in real headless Chromium, driven by playwright-core: {@code
 * src/test/e2e/story-page.mjs} loads the demo, opens a story, sees the timeline and a quote
 * group, and proves a hostile article's markup is shown as text and never runs; {@code
 * merged-story.mjs} opens a merged-away story's link and sees the survivor with its changes.
 * Screenshots are kept in {@code target/e2e/}. Skipped, saying why, when node, Chromium or playwright-core (npm ci in
 * this module) is missing; {@code .ci/run} installs all three.
 */
class BrowserEndToEndTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

  @Test
  void theStoryPageWorksInChromiumAndRunsNothingFromArticles() throws IOException, InterruptedException {
    assumeBrowser();
    try (TestServer server = TestServer.writable()) {
      String hostile = new String(BrowserEndToEndTest.class.getResourceAsStream("/hostile.html").readAllBytes(), StandardCharsets.UTF_8);
      TestServer.Answer ingest = server.post("/api/ingest/html?source=hostile.html", "text/html", hostile, TestServer.TOKEN);
      assertEquals(1, ingest.json().get("addedCount").asInt(), ingest.raw().body());
      runScript("story-page.mjs", server.base(), Map.of("HOSTILE_QUERY", "Zorblatt"));
    }
  }

  @Test
  void anOldStoryLinkOpensTheSurvivorWithItsChanges() throws IOException, InterruptedException {
    assumeBrowser();
    try (TestServer server = TestServer.on(ParallaxServer.start(MergedIdApiTest.bridged(), ParallaxServer.Settings.local(0)))) {
      runScript("merged-story.mjs", server.base(), Map.of("MERGED", "s2", "SURVIVOR", "s1"));
    }
  }

  private static void assumeBrowser() {
    assumeTrue(runs("node", "--version"), "node is not installed: skipping the browser test (apt-get install nodejs npm)");
    assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "no Chromium at " + CHROMIUM + ": skipping the browser test (apt-get install chromium)");
    assumeTrue(Files.isDirectory(MODULE.resolve("node_modules/playwright-core")),
        "playwright-core is not installed: skipping the browser test (run 'npm ci' in parallax-server)");
  }

  /** Runs one script of {@code src/test/e2e} against the server at {@code base}; fails with its output. */
  private static void runScript(String script, String base, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder node = new ProcessBuilder("node", "src/test/e2e/" + script).directory(MODULE.toFile()).redirectErrorStream(true);
    node.environment().put("BASE_URL", base);
    node.environment().put("OUT_DIR", MODULE.resolve("target/e2e").toString());
    node.environment().put("CHROMIUM", CHROMIUM);
    node.environment().putAll(environment);
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    System.out.println(output);
    assertEquals(0, finished ? process.exitValue() : -1, script + ": browser checks failed:\n" + output);
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
