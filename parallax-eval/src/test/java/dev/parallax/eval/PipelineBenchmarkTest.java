package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Parallax;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineBenchmarkTest {

  @TempDir
  Path folder;

  @Test
  void theReportHoldsTenTenthsTheTotalsAndEveryRead() {
    Path store = folder.resolve("store");
    List<String> progress = new ArrayList<>();
    PipelineBenchmark.Result result = new PipelineBenchmark(null)
        .run(new PipelineBenchmark.Options(150, 10, 3, store), progress::add);

    assertEquals(10, result.tenths().size());
    for (int t = 0; t < 10; t++) {
      PipelineBenchmark.Tenth tenth = result.tenths().get(t);
      assertEquals(t + 1, tenth.tenth());
      assertEquals(15, tenth.articles());
      assertTrue(tenth.storeBytes() > 0 && tenth.heapBytes() > 0 && tenth.cpuMsPerArticle() >= 0);
    }
    PipelineBenchmark.Totals totals = result.totals();
    assertEquals(150, totals.articles());
    assertEquals(totals.stored(), result.tenths().stream().mapToInt(PipelineBenchmark.Tenth::stored).sum());
    assertEquals(150, totals.stored() + totals.duplicates() + totals.errors());
    assertEquals(0, totals.errors());
    assertTrue(totals.storeBytes() > 0 && totals.articlesPerSecond() > 0);

    List<String> names = result.reads().stream().map(PipelineBenchmark.Read::name).toList();
    assertEquals(List.of("reopen", "firstPage", "allStories", "largestStory", "randomStory", "search", "search",
        "search", "incremental"), names);
    assertEquals(Math.min(PipelineBenchmark.FIRST_PAGE, result.stories()), read(result, "firstPage").results());
    assertEquals(result.stories(), read(result, "allStories").results());
    assertEquals(result.largestStory(), read(result, "largestStory").argument());
    assertEquals(result.largestStoryArticles(), read(result, "largestStory").results());
    assertTrue(result.largestStoryArticles() > 1);
    assertTrue(result.largestStoryArticles() >= read(result, "randomStory").results());
    assertEquals(PipelineBenchmark.INCREMENTAL, read(result, "incremental").results());
    assertTrue(result.reads().stream().filter(r -> r.name().equals("search")).allMatch(r -> r.results() > 0),
        "the queries use the stream's words");
    assertEquals(10 + result.reads().size(), progress.size());

    try (Parallax parallax = Parallax.builder().store(LuceneStore.open(store)).build()) {
      StoryPage all = parallax.stories(0, result.stories() + PipelineBenchmark.INCREMENTAL);
      assertEquals(250, all.stories().stream().mapToInt(StorySummary::articles).sum(), "the ingest and the batch kept");
      assertTrue(all.stories().stream().noneMatch(s -> s.articles() > result.largestStoryArticles() + 100));
    }
  }

  @Test
  void aStoreFolderThatHoldsSomethingIsRefused() throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "mine");
    assertThrows(IllegalArgumentException.class, () -> new PipelineBenchmark(null)
        .run(new PipelineBenchmark.Options(10, 10, 1, folder), line -> {}));
    assertThrows(IllegalArgumentException.class, () -> new PipelineBenchmark.Options(9, 10, 1, null));
    assertThrows(IllegalArgumentException.class, () -> new PipelineBenchmark.Options(10, 0, 1, null));
  }

  @Test
  void theTemporaryStoreIsDeletedAfterTheRun() throws IOException {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countPipelineFolders(temporary);
    new PipelineBenchmark(null).run(new PipelineBenchmark.Options(10, 10, 1, null), line -> {});
    assertEquals(before, countPipelineFolders(temporary));
  }

  private static long countPipelineFolders(Path temporary) throws IOException {
    try (var entries = Files.list(temporary)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("parallax-pipeline-")).count();
    }
  }

  private static PipelineBenchmark.Read read(PipelineBenchmark.Result result, String name) {
    return result.reads().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
