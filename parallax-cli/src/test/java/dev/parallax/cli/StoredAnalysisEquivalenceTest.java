package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Analysis;
import dev.parallax.AnalysisPolicy;
import dev.parallax.Parallax;
import dev.parallax.StorySummary;
import dev.parallax.ingest.FileIngest;
import dev.parallax.model.RawDocument;
import dev.parallax.store.InMemoryStore;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard rail of stored, incremental analysis: whatever the batch order and size, and across
 * restarts, the analysis stored event by event and story by story equals one recomputed from
 * scratch from the stored clustering and annotations, field by field. Corpora: the bundled
 * samples; the seeds and a slice of ECB+ when {@code ../shared} is present (skipped otherwise).
 */
class StoredAnalysisEquivalenceTest {

  private static final Path SHARED = Path.of("../../shared");

  @TempDir
  Path temp;

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String corpus : List.of("samples", "seeds", "ecbplus")) {
      runs.add(Arguments.of(corpus, "as read", 1_000, AnalysisPolicy.DEFAULT_MAX_ARTICLES));
      runs.add(Arguments.of(corpus, "reversed", 3, AnalysisPolicy.DEFAULT_MAX_ARTICLES));
      runs.add(Arguments.of(corpus, "shuffled", 1, AnalysisPolicy.DEFAULT_MAX_ARTICLES));
      runs.add(Arguments.of(corpus, "shuffled", 7, 2));
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, batches of {2}, analyses of at most {3} articles")
  @MethodSource("runs")
  void theStoredAnalysisEqualsAFromScratchOne(String corpus, String order, int batch, int maxAnalysed) {
    List<RawDocument> documents = ordered(read(corpus), order);
    Path directory = temp.resolve("store");
    AnalysisPolicy policy = new AnalysisPolicy(maxAnalysed);
    Parallax parallax = open(directory, policy);
    try {
      for (int from = 0, n = 0; from < documents.size(); from += batch, n++) {
        if (n % 4 == 3) {
          parallax.close();
          parallax = open(directory, policy);
        }
        parallax.ingest(documents.subList(from, Math.min(documents.size(), from + batch)), List.of());
      }
      assertEqualAnalyses(parallax.reanalysis(), parallax.analysis());
      if (maxAnalysed < 3) {
        assertTrue(parallax.analysis().stories().stream().anyMatch(story -> story.sample().partial()),
            "the small policy samples some story");
      }
      for (StorySummary summary : parallax.stories(0, 1_000).stories()) {
        var view = parallax.story(summary.id()).orElseThrow();
        assertEquals(summary, view.summary());
        assertTrue(view.articles().size() <= view.story().sample().analysed().size());
      }
    } finally {
      parallax.close();
    }
  }

  @Test
  void aCrashBeforeTheCheckpointReplaysToTheSameClusteringAndAnalysis() {
    List<RawDocument> documents = ordered(read("samples"), "shuffled");
    InMemoryStore continuous = new InMemoryStore();
    try (Parallax parallax = Parallax.builder().store(continuous).build()) {
      for (int from = 0; from < documents.size(); from += 2) {
        parallax.ingest(documents.subList(from, Math.min(documents.size(), from + 2)), List.of());
      }
    }
    InMemoryStore crashed = new InMemoryStore();
    Parallax first = Parallax.builder().store(crashed).checkpointEvery(3).build();
    int half = documents.size() / 2;
    for (int from = 0; from < half; from += 2) {
      first.ingest(documents.subList(from, Math.min(half, from + 2)), List.of());
    }
    // the first engine is never closed: the checkpoint it would write on close is lost
    try (Parallax second = Parallax.builder().store(crashed).build()) {
      for (int from = half; from < documents.size(); from += 2) {
        second.ingest(documents.subList(from, Math.min(documents.size(), from + 2)), List.of());
      }
      assertEqualAnalyses(second.reanalysis(), second.analysis());
    }
    if (half % 2 == 0) {
      assertEquals(continuous.clustering().events(), crashed.clustering().events());
    }
  }

  /** Every current article in exactly one event, every event in the story that lists it, every story's events there. */
  private static void assertConsistentClustering(Analysis stored) {
    java.util.Map<String, String> eventOf = new java.util.HashMap<>();
    java.util.Map<String, dev.parallax.model.Story> stories = new java.util.HashMap<>();
    stored.stories().forEach(story -> stories.put(story.story().id(), story.story()));
    for (Analysis.EventReport report : stored.events()) {
      for (String article : report.event().articles()) {
        assertEquals(null, eventOf.put(article, report.event().id()), article + " is in two events");
      }
      dev.parallax.model.Story story = stories.get(report.event().story());
      assertTrue(story != null && story.events().contains(report.event().id()),
          report.event().id() + " is not listed by its story " + report.event().story());
    }
    assertEquals(stored.articles().stream().map(dev.parallax.model.Article::id).collect(java.util.stream.Collectors.toSet()),
        eventOf.keySet(), "every stored article is in an event");
    java.util.Set<String> events = eventOf.values().stream().collect(java.util.stream.Collectors.toSet());
    stories.values().forEach(story -> assertTrue(events.containsAll(story.events()) && !story.events().isEmpty(),
        story.id() + " lists events not stored: " + story.events()));
  }

  private static void assertEqualAnalyses(Analysis expected, Analysis stored) {
    assertConsistentClustering(stored);
    assertEquals(expected.events().size(), stored.events().size());
    for (int i = 0; i < expected.events().size(); i++) {
      assertEquals(expected.events().get(i), stored.events().get(i), "event " + expected.events().get(i).event().id());
    }
    assertEquals(expected.stories().size(), stored.stories().size());
    for (int i = 0; i < expected.stories().size(); i++) {
      assertEquals(expected.stories().get(i), stored.stories().get(i), "story " + expected.stories().get(i).story().id());
    }
    assertEquals(expected, stored);
  }

  private static Parallax open(Path directory, AnalysisPolicy policy) {
    return Parallax.builder().store(LuceneStore.open(directory)).checkpointEvery(5).analysisPolicy(policy).build();
  }

  private List<RawDocument> read(String corpus) {
    Path path = switch (corpus) {
      case "samples" -> Path.of("../samples");
      case "seeds" -> SHARED.resolve("seeds");
      default -> ecbSlice();
    };
    assumeTrue(path != null && Files.exists(path), corpus + " is not here");
    FileIngest.Inputs inputs = new FileIngest().read(List.of(path));
    assertTrue(inputs.errors().isEmpty(), inputs.errors().toString());
    return inputs.documents();
  }

  /** The first 120 documents of ECB+ (topics 1 to a few), copied to a temporary file. */
  private Path ecbSlice() {
    Path docs = SHARED.resolve("eval/clustering/ecbplus/docs.jsonl");
    if (!Files.isRegularFile(docs)) {
      return null;
    }
    try (Stream<String> lines = Files.lines(docs)) {
      Path slice = temp.resolve("ecbplus-slice.jsonl");
      Files.write(slice, lines.limit(120).toList());
      return slice;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<RawDocument> ordered(List<RawDocument> documents, String order) {
    List<RawDocument> out = new ArrayList<>(documents);
    switch (order) {
      case "reversed" -> Collections.reverse(out);
      case "shuffled" -> Collections.shuffle(out, new Random(11));
      default -> { }
    }
    return out;
  }
}
