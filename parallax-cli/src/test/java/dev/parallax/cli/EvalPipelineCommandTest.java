package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPipelineCommandTest {

  @TempDir
  Path folder;

  @Test
  void jsonHoldsTheDocumentedFields() {
    Path store = folder.resolve("store");
    Cli cli = Cli.run("eval", "pipeline", "--articles", "20", "--batch", "5", "--no-embeddings", "--store",
        store.toString(), "--format", "json");
    assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
    JsonNode json = cli.json();
    for (String field : new String[] {"articles", "batch", "seed", "embeddings", "generatedEvents", "generatedStories",
        "tenths", "totals", "reads", "stories", "largestStory", "largestStoryArticles"}) {
      assertTrue(json.has(field), field);
    }
    assertEquals(10, json.get("tenths").size());
    for (String field : new String[] {"tenth", "articles", "stored", "wallSeconds", "cpuMsPerArticle",
        "threadCpuMsPerArticle", "heapBytes", "storeBytes"}) {
      assertTrue(json.get("tenths").get(0).has(field), field);
    }
    for (String field : new String[] {"articles", "stored", "duplicates", "errors", "wallSeconds", "cpuSeconds",
        "articlesPerSecond", "articlesPerCpuSecond", "lastOverFirst", "wallLastOverFirst", "peakHeapBytes",
        "storeBytes"}) {
      assertTrue(json.get("totals").has(field), field);
    }
    assertEquals(20, json.get("totals").get("stored").asInt());
    JsonNode read = json.get("reads").get(0);
    assertEquals("reopen", read.get("name").asText());
    assertTrue(read.has("argument") && read.has("results") && read.has("wallMs") && read.has("cpuMs"));
    assertTrue(Files.isDirectory(store), "a given store is kept");
  }

  @Test
  void textPrintsTheTenthsAndTheReads() {
    Cli cli = Cli.run("eval", "pipeline", "--articles", "10", "--no-embeddings");
    assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("last tenth over first"), cli.out());
    assertTrue(cli.out().contains("largestStory") && cli.out().contains("incremental"), cli.out());
    assertTrue(cli.err().contains("tenth 10:"), cli.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, Cli.run("eval", "pipeline", "--articles", "5", "--no-embeddings").exitCode());
    assertEquals(ExitCodes.USAGE,
        Cli.run("eval", "pipeline", "--articles", "10", "--no-embeddings", "--format", "html").exitCode());
  }
}
