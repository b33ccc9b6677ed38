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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child process with SIGKILL while it ingests, at different moments, then ingests
 * again: the store must open cleanly, hold every article exactly once, and its stored analysis must
 * equal a from-scratch one (check-store). A killed recluster
 * must leave the earlier clustering or the new one, whole.
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

      JsonNode analysis = Cli.run("stories", "--store", store.toString(), "--format", "json", "--all").json();
      List<String> ids = new ArrayList<>();
      analysis.get("articles").forEach(article -> ids.add(article.get("id").asText()));
      Set<String> unique = new HashSet<>(ids);
      assertEquals(ids.size(), unique.size(), "round " + round + ": duplicated articles");
      assertEquals(ARTICLES, unique.size(), "round " + round + " (killed after " + killAfter + " ms): lost articles");
      Set<String> clustered = new HashSet<>();
      analysis.get("events").forEach(event -> event.get("articles").forEach(id -> clustered.add(id.asText())));
      assertEquals(unique, clustered, "round " + round + ": every stored article is in an event");
      Cli check = Cli.run("check-store", "--store", store.toString(), "--events", "1000");
      assertEquals(0, check.exitCode(), "round " + round + ": " + check.out() + check.err());
    }
  }

  @Test
  void killedReclusterLeavesTheEarlierOrTheNewClusteringWhole() throws Exception {
    Path corpus = temp.resolve("corpus");
    GeneratedArticles.write(corpus, ARTICLES, 11);
    Path base = temp.resolve("base");
    assertEquals(0, Cli.run("ingest", corpus.toString(), "--store", base.toString(), "--batch", "20").exitCode());
    Map<String, Object> online = clustering(base);
    Path finished = copyStore(base, temp.resolve("finished"));
    assertEquals(0, Cli.run("recluster", "--store", finished.toString()).exitCode());
    Map<String, Object> batch = clustering(finished);
    for (int round = 0; round < 5; round++) {
      Path store = copyStore(base, temp.resolve("recluster-" + round));
      Process child = child("recluster", "--store", store.toString());
      long killAfter = 300 + round * 700L;
      if (!child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor();
      }
      Map<String, Object> after = clustering(store);
      assertTrue(after.equals(online) || after.equals(batch), "round " + round + " (killed after " + killAfter
          + " ms): the store holds neither the earlier nor the new clustering");
      Cli again = Cli.run("recluster", "--store", store.toString());
      assertEquals(0, again.exitCode(), again.err());
      assertEquals(batch, clustering(store), "round " + round + ": recluster after the kill");
    }
  }

  /** A store's events (id to members) and recorded changes (kind, from, to), from its JSON. */
  private static Map<String, Object> clustering(Path store) {
    JsonNode analysis = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
    Map<String, Object> out = new TreeMap<>();
    analysis.get("events").forEach(event -> {
      Set<String> members = new TreeSet<>();
      event.get("articles").forEach(id -> members.add(id.asText()));
      out.put(event.get("id").asText(), members);
    });
    List<String> changes = new ArrayList<>();
    analysis.get("changes").forEach(change -> changes.add(change.get("kind").asText() + change.get("from") + change.get("to")));
    out.put("changes", changes);
    return out;
  }

  private static Path copyStore(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
    return to;
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
