package dev.parallax.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Analysis;
import dev.parallax.Parallax;
import dev.parallax.StorySummary;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMigrationTest {

  @TempDir
  Path temp;

  @Test
  void aStoreOfTheReleaseBeforeIsMigratedOnceKeepingEveryIdAndMember() throws IOException {
    Path directory = copy("store-of-release-0.1-samples");
    Clustering before;
    try (LuceneStore store = LuceneStore.open(directory)) {
      before = store.legacyClustering().orElseThrow();
      assertEquals(4, before.events().size());
      assertEquals(List.of(), store.annotated(List.of(before.events().get(0).articles().get(0))));
    }
    try (Parallax parallax = Parallax.builder().store(LuceneStore.open(directory)).build()) {
      Analysis analysis = parallax.analysis();
      assertEquals(before.events(), analysis.events().stream().map(Analysis.EventReport::event).toList());
      assertEquals(List.of("Strike shuts Kelmar port as pay talks collapse",
          "Thousands evacuated as Vasselo dam spillways opened"),
          analysis.stories().stream().map(story -> story.story().title()).toList());
      assertEquals(analysis.events(), parallax.reanalysis().events(), "stored analysis = from scratch");
      assertEquals(analysis.stories(), parallax.reanalysis().stories());
      assertEquals(2, parallax.stories(0, 10).total());
    }
    try (LuceneStore store = LuceneStore.open(directory)) {
      assertTrue(store.legacyClustering().isEmpty(), "migrated once");
      assertEquals(10, store.annotated(store.articles().stream().map(dev.parallax.model.Article::id).toList()).size());
      assertTrue(store.checkpoint().isPresent());
      assertEquals(before.events().stream().map(Event::id).toList(),
          store.clustering().events().stream().map(Event::id).toList());
      assertEquals(List.of("s1", "s2"), store.stories(0, 5).stories().stream().map(StorySummary::id).sorted().toList());
    }
  }

  private Path copy(String fixture) throws IOException {
    Path directory = Files.createDirectories(temp.resolve(fixture));
    Path written = Path.of("src/test/resources/dev/parallax/store/lucene/" + fixture);
    try (Stream<Path> files = Files.list(written)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
    }
    return directory;
  }
}
