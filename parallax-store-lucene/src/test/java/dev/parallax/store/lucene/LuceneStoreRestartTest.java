package dev.parallax.store.lucene;

import static dev.parallax.store.StoreContract.article;
import static dev.parallax.store.StoreContract.annotated;
import static dev.parallax.store.StoreContract.eventReport;
import static dev.parallax.store.StoreContract.storyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Clustering;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreRestartTest {

  @TempDir
  Path temp;

  @Test
  void everythingCommittedSurvivesARestartAndLaterCommitsExtendIt() {
    Path directory = temp.resolve("store");
    Article first = article("a1", "The harbour strike began on Monday.");
    IngestError error = new IngestError("bad.bin", ErrorCode.BINARY, "NUL byte at offset 3");
    try (Store store = LuceneStore.open(directory)) {
      var event = eventReport("e1", "s1", java.time.LocalDate.of(2024, 5, 1), "a1");
      store.commit(new Store.Commit(List.of(annotated(first)), true, List.of(), List.of(error), Store.Versions.NONE,
          List.of(event), java.util.Set.of(), List.of(storyRecord("s1", "Strike", event)), java.util.Set.of(), List.of(),
          new byte[] {7, 7, 7}));
    }
    Clustering clustering;
    try (Store reopened = LuceneStore.open(directory)) {
      assertEquals(List.of(first), reopened.articles());
      assertEquals(List.of(annotated(first)), reopened.annotated(List.of("a1")));
      assertEquals(List.of(error), reopened.errors());
      assertEquals(1, reopened.lastCommit());
      assertEquals(1, reopened.checkpoint().orElseThrow().commit());
      assertEquals(List.of("s1"), reopened.stories(0, 5).stories().stream().map(dev.parallax.StorySummary::id).toList());
      assertEquals(List.of("a1"), reopened.search("strike", 5));
      clustering = reopened.clustering();
      reopened.commit(Store.Commit.of(List.of(annotated("a2", "Talks resumed on Thursday.")), List.of()));
    }
    try (Store again = LuceneStore.open(directory)) {
      assertEquals(List.of("a1", "a2"), again.articles().stream().map(Article::id).toList());
      assertEquals(clustering, again.clustering());
      assertEquals(2, again.lastCommit());
      assertEquals(1, again.checkpoint().orElseThrow().commit(), "a commit without one keeps the last checkpoint");
    }
  }

  @Test
  void recordsWithAbsentFieldsRoundTrip() {
    Article bare = new Article("b1", "scraped.txt", null, null, null, null, List.of(), "Only a body here.",
        List.of(new Span(0, 17)), List.of(), List.of(), List.of(), null);
    Path directory = temp.resolve("store");
    try (Store store = LuceneStore.open(directory)) {
      store.commit(Store.Commit.of(List.of(annotated(bare)), List.of()));
    }
    try (Store reopened = LuceneStore.open(directory)) {
      assertEquals(bare, reopened.article("b1").orElseThrow());
      assertEquals(Clustering.EMPTY, reopened.clustering());
    }
  }

  @Test
  void modifiedDateAndSectionSurviveARestart() {
    String body = "The harbour strike began on Monday.";
    Article dated = new Article("m1", "page.html", "https://example.com/strike", "Example Times", "Harbour strike",
        PublicationTime.parse("2020-03-02T09:15+01:00"), List.of("Jane Roe"), body, List.of(new Span(0, body.length())),
        List.of(), List.of(), List.of(), "en", PublicationTime.parse("2020-03-03T18:40Z"), "Business");
    Path directory = temp.resolve("store");
    try (Store store = LuceneStore.open(directory)) {
      store.commit(Store.Commit.of(List.of(annotated(dated)), List.of()));
    }
    try (Store reopened = LuceneStore.open(directory)) {
      Article read = reopened.article("m1").orElseThrow();
      assertEquals(dated, read);
      assertEquals("2020-03-03T18:40Z", read.modified().iso());
      assertEquals("Business", read.section());
    }
  }

  @Test
  void aStoreWrittenBeforeModifiedAndSectionExistedOpensWithThemAbsent() throws IOException {
    Path directory = Files.createDirectories(temp.resolve("old-store"));
    Path written = Path.of("src/test/resources/dev/parallax/store/lucene/store-before-modified-and-section");
    try (Stream<Path> files = Files.list(written)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
    }
    try (Store store = LuceneStore.open(directory)) {
      Article read = store.article("a1").orElseThrow();
      assertEquals("Harbour strike", read.headline());
      assertEquals("2020-03-02T09:15+01:00", read.published().iso());
      assertEquals(List.of("Jane Roe"), read.authors());
      assertEquals("en", read.language());
      assertNull(read.modified());
      assertNull(read.section());
      assertEquals(List.of("a1"), store.search("strike", 5));
      assertEquals(List.of(), store.annotated(List.of("a1")), "an old store kept no annotations");
      assertEquals(java.util.Optional.of(Clustering.EMPTY), store.legacyClustering());
    }
  }

  @Test
  void aSecondOpenWhileTheFirstIsOpenFailsClearly() {
    Path directory = temp.resolve("store");
    try (Store store = LuceneStore.open(directory)) {
      StoreException e = assertThrows(StoreException.class, () -> LuceneStore.open(directory));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
  }

  @Test
  void aRefusedCommitLeavesTheStoreAsItWasAfterReopening() {
    Path directory = temp.resolve("store");
    try (Store store = LuceneStore.open(directory)) {
      store.commit(Store.Commit.of(List.of(annotated("a1", "one")), List.of()));
      assertThrows(IllegalArgumentException.class, () -> store.commit(
          Store.Commit.of(List.of(annotated("a2", "two"), annotated("a1", "one")), List.of())));
    }
    try (Store reopened = LuceneStore.open(directory)) {
      assertEquals(List.of("a1"), reopened.articles().stream().map(Article::id).toList());
      assertEquals(1, reopened.lastCommit());
    }
  }

  @Test
  void aFolderThatIsNotAStoreIsLeftAlone() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("documents"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    StoreException e = assertThrows(StoreException.class, () -> LuceneStore.open(folder));
    assertTrue(e.getMessage().contains("not a Parallax store"), e.getMessage());
    assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
  }

  @Test
  void aStoreOfAnotherFormatIsRefused() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("future"));
    Files.writeString(folder.resolve(LuceneStore.MARKER), "{\"format\": 99}");
    assertThrows(StoreException.class, () -> LuceneStore.open(folder));
  }
}
