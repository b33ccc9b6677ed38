package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileIngest#stream}: batches handed on while the input is still being read, same outcome as {@link FileIngest#read}. */
class FileIngestStreamTest {

  @TempDir
  Path temp;

  private final FileIngest ingest = new FileIngest();

  @Test
  void aLargeJsonLinesFileIsHandedOnBeforeItIsReadWhole() throws IOException {
    Path file = temp.resolve("big.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      lines.append("{\"url\": \"https://example.org/").append(i).append("\", \"text\": \"")
          .append(("Record " + i + " says the harbour reopened. ").repeat(80)).append("\"}\n");
    }
    Files.writeString(file, lines);
    long size = Files.size(file);
    List<FileIngest.Batch> batches = stream(List.of(file), 100);

    assertEquals(20, batches.size());
    batches.forEach(batch -> assertEquals(100, batch.size()));
    long firstRead = batches.get(0).read().bytes();
    assertTrue(firstRead > 0 && firstRead < size / 4, "first batch after " + firstRead + " of " + size + " bytes");
    assertEquals(new FileIngest.Volume(0, firstRead), batches.get(0).read(), "no file finished yet");
    assertEquals(new FileIngest.Volume(1, size), batches.get(19).read());
    assertEquals("https://example.org/1999", batches.get(19).documents().get(99).source());
  }

  @Test
  void aGzipWarcIsHandedOnRecordByRecord() throws IOException {
    WarcFixtures warc = new WarcFixtures(true);
    for (int i = 0; i < 5_000; i++) {
      warc.record("request", "https://example.org/" + i, "application/http; msgtype=request",
          ("GET /" + i + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      warc.html("https://example.org/" + i, "<html><body><p>" + ("Page " + i + " of the archive. ").repeat(40) + "</p></body></html>");
    }
    Path file = Files.write(temp.resolve("crawl.warc.gz"), warc.bytes());
    long size = Files.size(file);
    List<FileIngest.Batch> batches = stream(List.of(file), 50);

    assertEquals(100, batches.size());
    long firstRead = batches.get(0).read().bytes();
    assertTrue(firstRead < size / 4, "first batch after " + firstRead + " of " + size + " bytes");
    assertEquals(5_000, batches.stream().mapToInt(batch -> batch.documents().size()).sum());
    assertEquals(new FileIngest.Volume(1, size), batches.get(99).read());
  }

  @Test
  void aWarcStillBeingWrittenYieldsItsFirstBatchBeforeTheRestIsWritten() throws Exception {
    PipedOutputStream out = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(out, 1 << 20);
    CountDownLatch firstBatch = new CountDownLatch(1);
    AtomicBoolean secondHalfWritten = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      try (out) {
        out.write(pages(0, 30));
        out.flush();
        firstBatch.await(20, TimeUnit.SECONDS);
        secondHalfWritten.set(true);
        out.write(pages(30, 60));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    List<Boolean> seenBeforeSecondHalf = new ArrayList<>();
    List<RawDocument> documents = new ArrayList<>();
    FileIngest.Collector collector = new FileIngest.Collector(10, batch -> {
      seenBeforeSecondHalf.add(!secondHalfWritten.get());
      documents.addAll(batch.documents());
      firstBatch.countDown();
    });
    new WarcArchiveReader(IngestLimits.DEFAULTS).read(in, "pipe", collector);
    collector.finish();
    writer.join();

    assertEquals(true, seenBeforeSecondHalf.get(0), "the first batch waited for the whole archive");
    assertEquals(60, documents.size());
    assertEquals("https://example.org/59", documents.get(59).source());
  }

  @Test
  void aFolderIsReadFileByFileAfterEachBatchIsHandedOn() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("folder"));
    for (char name = 'a'; name <= 'e'; name++) {
      Files.writeString(folder.resolve(name + ".txt"), "File " + name + " as first written.");
    }
    List<String> texts = new ArrayList<>();
    ingest.stream(List.of(folder), 1, batch -> {
      batch.documents().forEach(document -> texts.add(document.content()));
      if (texts.size() == 1) {
        write(folder.resolve("e.txt"), "File e as changed after the first batch.");
      }
    });
    assertEquals("File e as changed after the first batch.", texts.get(4));
  }

  @Test
  void batchesInAnySizeAddUpToWhatReadCollects() throws Exception {
    List<Path> inputs = List.of(fixture("folder"), fixture("bad-lines.jsonl"), fixture("feeds"),
        temp.resolve("missing.txt"), Files.write(temp.resolve("nul.txt"), new byte[] {'a', 0}));
    FileIngest.Inputs whole = ingest.read(inputs);
    assertTrue(whole.errors().size() >= 5 && whole.documents().size() >= 5, whole.toString());
    for (int size : new int[] {1, 2, 3, 7, 1_000}) {
      List<RawDocument> documents = new ArrayList<>();
      List<IngestError> errors = new ArrayList<>();
      List<FileIngest.Batch> batches = stream(inputs, size);
      for (FileIngest.Batch batch : batches.subList(0, batches.size() - 1)) {
        assertEquals(size, batch.size(), "only the last batch may be smaller");
      }
      batches.forEach(batch -> {
        documents.addAll(batch.documents());
        errors.addAll(batch.errors());
      });
      assertEquals(whole.documents(), documents, "batch size " + size);
      assertEquals(whole.errors(), errors, "batch size " + size);
    }
  }

  @Test
  void measureCountsTheFilesAndBytesStreamReads() throws Exception {
    List<Path> inputs = List.of(fixture("folder"), fixture("feeds/harbour.rss"));
    List<FileIngest.Batch> batches = stream(inputs, 2);
    assertEquals(ingest.measure(inputs), batches.get(batches.size() - 1).read());
  }

  @Test
  void nothingToReadStillHandsOnOneEmptyBatch() {
    List<FileIngest.Batch> batches = stream(List.of(), 10);
    assertEquals(1, batches.size());
    assertEquals(0, batches.get(0).size());
  }

  @Test
  void aFailingConsumerStopsReadingAndItsExceptionIsThrownAsItWas() throws Exception {
    Path feed = fixture("feeds/harbour.rss");
    WarcFixtures warc = new WarcFixtures(true);
    for (int i = 0; i < 20; i++) {
      warc.html("https://example.org/" + i, "<html><body><p>Page " + i + "</p></body></html>");
    }
    Path archive = Files.write(temp.resolve("a.warc.gz"), warc.bytes());
    Path jsonl = Files.writeString(temp.resolve("b.jsonl"), "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    for (Path input : List.of(feed, archive, jsonl)) {
      IllegalStateException failure = new IllegalStateException("store is full");
      int[] calls = new int[1];
      IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ingest.stream(List.of(input), 1,
          batch -> {
            calls[0]++;
            throw failure;
          }));
      assertSame(failure, thrown, input.toString());
      assertEquals(1, calls[0], "reading stopped at the failure: " + input);
    }
  }

  @Test
  void badInputsAreNamedInTheBatchWhereTheyAreMet() throws IOException {
    Path jsonl = Files.writeString(temp.resolve("mixed.jsonl"),
        "{\"url\": \"https://example.org/1\", \"text\": \"one\"}\nnot json\n{\"url\": \"https://example.org/3\", \"text\": \"three\"}\n[1]\n");
    List<FileIngest.Batch> batches = stream(List.of(jsonl), 2);
    assertEquals(2, batches.size());
    assertEquals(List.of(jsonl + "#2"), batches.get(0).errors().stream().map(IngestError::source).toList());
    assertEquals(List.of(ErrorCode.MALFORMED), batches.get(1).errors().stream().map(IngestError::code).toList());
    assertEquals("https://example.org/3", batches.get(1).documents().get(0).source());
  }

  private List<FileIngest.Batch> stream(List<Path> paths, int size) {
    List<FileIngest.Batch> batches = new ArrayList<>();
    ingest.stream(paths, size, batches::add);
    return batches;
  }

  private static byte[] pages(int from, int to) {
    WarcFixtures warc = new WarcFixtures(false);
    for (int i = from; i < to; i++) {
      warc.html("https://example.org/" + i, "<html><body><p>Page " + i + " of a crawl still running.</p></body></html>");
    }
    return warc.bytes();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FileIngestStreamTest.class.getResource(name).toURI());
  }
}
