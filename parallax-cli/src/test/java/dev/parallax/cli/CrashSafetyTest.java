package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child process with SIGKILL while it ingests, at different moments, then ingests
 * again: the store must open cleanly and hold every article exactly once.
 */
class CrashSafetyTest {

  private static final int ARTICLES = 240;
  private static final int ROUNDS = 20;

  @TempDir
  Path temp;

  @Test
  void killedIngestResumesWithNoLostAndNoDuplicatedArticle() throws Exception {
    Path corpus = temp.resolve("corpus");
    GeneratedArticles.write(corpus, ARTICLES, 7);
    for (int round = 0; round < ROUNDS; round++) {
      Path store = temp.resolve("store-" + round);
      Process child = child("ingest", corpus.toString(), "--store", store.toString(), "--batch", "20");
      long killAfter = 150 + round * 150L;
      boolean finished = child.waitFor(killAfter, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly().waitFor();
      }
      Process resume = child("ingest", corpus.toString(), "--store", store.toString(), "--batch", "20");
      assertTrue(resume.waitFor(120, TimeUnit.SECONDS), "resumed ingest did not finish");
      assertEquals(0, resume.exitValue(), "round " + round + ": " + Files.readString(temp.resolve("child-stderr.txt")));

      JsonNode analysis = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
      List<String> ids = new ArrayList<>();
      analysis.get("articles").forEach(article -> ids.add(article.get("id").asText()));
      Set<String> unique = new HashSet<>(ids);
      assertEquals(ids.size(), unique.size(), "round " + round + ": duplicated articles");
      assertEquals(ARTICLES, unique.size(), "round " + round + " (killed after " + killAfter + " ms): lost articles");
      Set<String> clustered = new HashSet<>();
      analysis.get("events").forEach(event -> event.get("articles").forEach(id -> clustered.add(id.asText())));
      assertEquals(unique, clustered, "round " + round + ": every stored article is in an event");
    }
  }

  private Process child(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(temp.resolve("child-stdout.txt").toFile())
        .redirectError(temp.resolve("child-stderr.txt").toFile())
        .start();
  }
}
