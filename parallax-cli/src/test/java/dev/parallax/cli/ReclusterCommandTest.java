package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Fixtures;
import dev.parallax.Parallax;
import dev.parallax.cluster.Clusterer;
import dev.parallax.store.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReclusterCommandTest {

  private static final Path SAMPLES = Cli.repositoryRoot().resolve("samples");

  @TempDir
  Path temp;

  @Test
  void reclusterPrintsASummaryKeepsEveryArticleAndASecondRunChangesNothing() {
    String store = temp.resolve("store").toString();
    assertEquals(0, Cli.run("ingest", SAMPLES.toString(), "--store", store, "--batch", "2").exitCode());
    JsonNode before = Cli.run("stories", "--store", store, "--format", "json").json();

    Cli first = Cli.run("recluster", "--store", store, "--format", "json");
    assertEquals(0, first.exitCode(), first.err());
    JsonNode report = first.json();
    assertEquals(before.get("articles").size(), report.get("articles").asInt());
    assertEquals(before.get("events").size(), report.get("events").get("before").asInt());
    JsonNode after = Cli.run("stories", "--store", store, "--format", "json").json();
    assertEquals(report.get("events").get("after").asInt(), after.get("events").size());
    assertEquals(articlesIn(before), articlesIn(after), "every article is still in one event");
    assertEquals(report.get("changes").size(), after.get("changes").size(), "the store lists what recluster recorded");

    Cli second = Cli.run("recluster", "--store", store);
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("0 merges, 0 splits"), second.out());
    assertTrue(second.out().contains("nothing stored"), second.out());
    assertEquals(after, Cli.run("stories", "--store", store, "--format", "json").json());
  }

  @Test
  void aMergedAwayIdShowsTheStoryItWentIntoAndTheChangeIsListed() {
    Path store = temp.resolve("store");
    Clusterer.Settings entitiesOnly = Clusterer.Settings.DEFAULTS.withEntityWeight(1.0);
    try (Parallax parallax = Parallax.builder().store(LuceneStore.open(store)).clusterSettings(entitiesOnly).build()) {
      parallax.ingest(List.of(Fixtures.text("/dev/parallax/cluster/bridge/flood-council.txt"),
          Fixtures.text("/dev/parallax/cluster/bridge/flood-brigade.txt")), List.of());
      parallax.ingest(List.of(Fixtures.text("/dev/parallax/cluster/bridge/flood-both.txt")), List.of());
    }

    Cli story = Cli.run("story", "s2", "--store", store.toString(), "--format", "json");
    assertEquals(0, story.exitCode(), story.err());
    assertTrue(story.err().contains("story s2 was merged into s1"), story.err());
    JsonNode json = story.json();
    assertEquals("s1", json.get("stories").get(0).get("id").asText());
    assertEquals("merge", json.get("stories").get(0).get("changes").get(0).get("kind").asText());
    assertEquals("e2", json.get("events").get(0).get("changes").get(0).get("from").get(1).asText());

    Cli text = Cli.run("story", "s1", "--store", store.toString());
    assertTrue(text.out().contains("Id change: e2 merged into e1 (ingest, "), text.out());

    Cli changes = Cli.run("changes", "--store", store.toString());
    assertEquals(0, changes.exitCode(), changes.err());
    List<String> lines = changes.out().lines().toList();
    assertEquals(2, lines.size(), changes.out());
    assertTrue(lines.get(0).startsWith("e2 merged into e1 (ingest, ") && lines.get(0).contains("bridged by"), lines.get(0));
    assertTrue(lines.get(1).startsWith("s2 merged into s1"), lines.get(1));

    Cli unknown = Cli.run("story", "s7", "--store", store.toString());
    assertEquals(ExitCodes.USAGE, unknown.exitCode());
    assertFalse(unknown.err().contains("merged"), unknown.err());
  }

  private static Set<String> articlesIn(JsonNode analysis) {
    Set<String> ids = new HashSet<>();
    analysis.get("events").forEach(event -> event.get("articles").forEach(id -> assertTrue(ids.add(id.asText()))));
    return ids;
  }
}
