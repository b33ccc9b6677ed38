package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveReaderTest {

  private static final String PAGE = "<html><head><title>Pier reopens</title></head><body><article>"
      + "<p>The harbour authority reopened the northern pier on Tuesday after three weeks of repairs.</p>"
      + "</article></body></html>";

  @TempDir
  Path temp;

  @Test
  void htmlResponsesBecomeDocumentsAndOtherRecordsArePassedOver() throws Exception {
    for (boolean gzip : new boolean[] {false, true}) {
      byte[] warc = new WarcFixtures(gzip)
          .record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
          .record("request", "https://example.org/pier", "application/http; msgtype=request",
              "GET /pier HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.UTF_8))
          .html("https://example.org/pier", PAGE)
          .response("https://example.org/logo.png", "200 OK", "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
          .response("https://example.org/old", "301 Moved Permanently", "text/html", null, new byte[0])
          .response("https://example.org/zipped", "200 OK", "text/html", "gzip",
              WarcFixtures.gzip(PAGE.getBytes(StandardCharsets.UTF_8)))
          .bytes();
      Path file = temp.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
      Files.write(file, warc);
      FileIngest.Inputs inputs = new FileIngest().read(List.of(file));
      assertEquals(List.of(), inputs.errors(), "gzip " + gzip);
      assertEquals(List.of("https://example.org/pier", "https://example.org/zipped"),
          inputs.documents().stream().map(RawDocument::source).toList());
      RawDocument pier = inputs.documents().get(0);
      assertEquals(SourceFormat.HTML, pier.format());
      assertEquals(PAGE, pier.content());
      assertEquals("https://example.org/pier", pier.hints().url());
      assertEquals(PAGE, inputs.documents().get(1).content(), "the Content-Encoding is undone");
    }
  }

  @Test
  void aGzipBombRecordIsTooLargeAndTheRestOfTheArchiveGoesOn() throws Exception {
    byte[] warc = new WarcFixtures(true)
        .response("https://example.org/bomb", "200 OK", "text/html", "gzip", WarcFixtures.gzipOfZeros(64L << 20))
        .html("https://example.org/after", PAGE)
        .bytes();
    Path file = temp.resolve("bomb.warc.gz");
    Files.write(file, warc);
    FileIngest.Inputs inputs = new FileIngest(new IngestLimits(1 << 20, 1 << 20, 8, 1L << 30)).read(List.of(file));
    assertEquals(List.of(new IngestError("https://example.org/bomb", ErrorCode.TOO_LARGE,
        "response body over the limit of 1048576 bytes")), inputs.errors());
    assertEquals(List.of("https://example.org/after"), inputs.documents().stream().map(RawDocument::source).toList());
  }

  @Test
  void anArchiveThatDecompressesPastTheLimitStopsWithTooLarge() throws Exception {
    byte[] html = new WarcFixtures(false).html("https://example.org/first", PAGE).bytes();
    byte[] zeros = new WarcFixtures(false).record("resource", "https://example.org/zeros", "text/plain",
        new byte[8 << 20]).bytes();
    byte[] bomb = WarcFixtures.gzip(concat(html, zeros));
    Path file = temp.resolve("archive-bomb.warc.gz");
    Files.write(file, bomb);
    assertTrue(bomb.length < 64 << 10, "the bomb is small on disk: " + bomb.length);
    FileIngest.Inputs inputs = new FileIngest(new IngestLimits(1 << 20, 1 << 20, 8, 4 << 20)).read(List.of(file));
    assertEquals(List.of("https://example.org/first"), inputs.documents().stream().map(RawDocument::source).toList());
    assertEquals(ErrorCode.TOO_LARGE, inputs.errors().get(0).code());
    assertTrue(inputs.errors().get(0).message().startsWith("decompressed past 4194304 bytes"), inputs.errors().get(0).message());
  }

  @Test
  void brokenArchivesAreNamedAndKeepWhatCameBefore() throws Exception {
    byte[] good = new WarcFixtures(true).html("https://example.org/pier", PAGE).bytes();
    byte[] next = new WarcFixtures(true).html("https://example.org/cut", PAGE).bytes();
    Path truncated = temp.resolve("truncated.warc.gz");
    Files.write(truncated, concat(good, Arrays.copyOf(next, next.length / 2)));
    FileIngest.Inputs cut = new FileIngest().read(List.of(truncated));
    assertEquals(List.of("https://example.org/pier"), cut.documents().stream().map(RawDocument::source).toList());
    assertEquals(ErrorCode.MALFORMED, cut.errors().get(0).code());

    Path garbage = temp.resolve("garbage.warc");
    Files.writeString(garbage, "this is not a web archive\n");
    assertEquals(ErrorCode.MALFORMED, new FileIngest().read(List.of(garbage)).errors().get(0).code());

    Path empty = temp.resolve("empty.warc");
    Files.write(empty, new byte[0]);
    assertEquals(List.of(new IngestError(empty.toString(), ErrorCode.EMPTY, "no WARC records")),
        new FileIngest().read(List.of(empty)).errors());

    Path images = temp.resolve("images.warc");
    Files.write(images, new WarcFixtures(false)
        .response("https://example.org/a.png", "200 OK", "image/png", null, new byte[] {1, 2, 3}).bytes());
    assertEquals(List.of(new IngestError(images.toString(), ErrorCode.NO_ARTICLE, "no HTML responses among 1 records")),
        new FileIngest().read(List.of(images)).errors());
  }

  @Test
  void aLatin1BodyDecodesByItsHttpHeaderOrByTheWindows1252Fallback() throws Exception {
    String latin = "<p>caf\u00e9 cr\u00e8me</p>";
    Path file = temp.resolve("latin.warc");
    Files.write(file, new WarcFixtures(false)
        .response("https://example.org/undeclared", "200 OK", "text/html", null, latin.getBytes(StandardCharsets.ISO_8859_1))
        .response("https://example.org/declared", "200 OK", "text/html; charset=ISO-8859-1", null,
            latin.getBytes(StandardCharsets.ISO_8859_1))
        .bytes());
    FileIngest.Inputs inputs = new FileIngest().read(List.of(file));
    assertEquals(List.of(), inputs.errors());
    assertEquals(List.of(latin, latin), inputs.documents().stream().map(RawDocument::content).toList());
  }

  /**
   * Fuzz finding (WarcFuzzTest#warc, timeout-973e0993): a record with {@code Content-Length:
   * -92} made jwarc return the same record forever, so reading never ended.
   */
  @Test
  void aNegativeContentLengthStopsTheArchiveInsteadOfLoopingForever() throws Exception {
    byte[] warc;
    try (var in = getClass().getResourceAsStream(
        "/dev/parallax/ingest/WarcFuzzTestInputs/warc/timeout-973e0993ae6b7cca04028b29be7ba77cb50854db")) {
      warc = in.readAllBytes();
    }
    FileIngest.Collector collector = new FileIngest.Collector();
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
        new WarcArchiveReader(IngestLimits.DEFAULTS).read(new java.io.ByteArrayInputStream(warc), "loop.warc", collector));
    IngestError last = collector.errors.get(collector.errors.size() - 1);
    assertEquals(ErrorCode.MALFORMED, last.code());
    assertTrue(last.message().contains("does not advance"), last.message());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
