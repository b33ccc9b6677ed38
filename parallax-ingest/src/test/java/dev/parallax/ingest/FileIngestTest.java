package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {

  @TempDir
  Path temp;

  private final FileIngest ingest = new FileIngest();

  @Test
  void aFolderIsReadInNameOrderWithSourcesAsGiven() throws Exception {
    Path folder = fixture("folder");
    FileIngest.Inputs inputs = ingest.read(List.of(folder));
    assertEquals(List.of(), inputs.errors());
    assertEquals(List.of(
        folder.resolve("a-scraped.txt").toString(),
        folder.resolve("b-page.html").toString(),
        "https://example.org/tarn/1",
        folder.resolve("c-records.jsonl") + "#3",
        folder.resolve("nested/d-deeper.txt").toString()),
        inputs.documents().stream().map(RawDocument::source).toList());
    assertEquals(List.of(SourceFormat.TEXT, SourceFormat.HTML, SourceFormat.TEXT, SourceFormat.HTML, SourceFormat.TEXT),
        inputs.documents().stream().map(RawDocument::format).toList());
  }

  @Test
  void jsonLinesRecordsCarryTheirDeclaredMetadata() throws Exception {
    List<RawDocument> documents = ingest.read(List.of(fixture("folder/c-records.jsonl"))).documents();
    RawDocument.Hints first = documents.get(0).hints();
    assertEquals("https://example.org/tarn/1", first.url());
    assertEquals("Storm hits Tarn", first.title());
    assertEquals("2025-02-02", first.published().iso());
    assertEquals("Island Gazette", first.outlet());
    RawDocument.Hints second = documents.get(1).hints();
    assertEquals("tarn-2", second.id());
    assertNull(second.published(), "an unparseable date is dropped, the record kept");
  }

  @Test
  void eachBadJsonLineIsItsOwnErrorAndGoodLinesAreKept() throws Exception {
    Path file = fixture("bad-lines.jsonl");
    FileIngest.Inputs inputs = ingest.read(List.of(file));
    assertEquals(List.of("https://example.org/ok", "https://example.org/also-ok"),
        inputs.documents().stream().map(RawDocument::source).toList());
    assertEquals(List.of(ErrorCode.MALFORMED, ErrorCode.MALFORMED, ErrorCode.EMPTY),
        inputs.errors().stream().map(IngestError::code).toList());
    assertEquals(file + "#2", inputs.errors().get(0).source());
    assertTrue(inputs.errors().get(0).message().contains("line 2"));
  }

  @Test
  void binaryFilesAreRefusedWithWhatWasSeen() throws IOException {
    Path nul = Files.write(temp.resolve("nul.txt"), new byte[] {'a', 'b', 0, 'c'});
    Path png = Files.write(temp.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    List<IngestError> errors = ingest.read(List.of(nul, png)).errors();
    assertEquals(List.of(ErrorCode.BINARY, ErrorCode.BINARY), errors.stream().map(IngestError::code).toList());
    assertTrue(errors.get(0).message().contains("NUL byte at offset 2"), errors.get(0).message());
    assertTrue(errors.get(1).message().contains("PNG"), errors.get(1).message());
  }

  @Test
  void emptyAndWhiteSpaceFilesAreRefused() throws IOException {
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(temp.resolve("blank.html"), " \n\t\n");
    List<IngestError> errors = ingest.read(List.of(empty, blank)).errors();
    assertEquals(List.of(ErrorCode.EMPTY, ErrorCode.EMPTY), errors.stream().map(IngestError::code).toList());
  }

  @Test
  void invalidUtf8IsRefusedWithTheOffsetNotReplaced() throws IOException {
    byte[] bytes = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    Path latin1 = Files.write(temp.resolve("latin1.txt"), bytes);
    IngestError error = ingest.read(List.of(latin1)).errors().get(0);
    assertEquals(ErrorCode.INVALID_ENCODING, error.code());
    assertTrue(error.message().contains("at byte 3"), error.message());
  }

  @Test
  void declaredCharsetsAndByteOrderMarksAreHonoured() throws Exception {
    RawDocument page = ingest.read(List.of(fixture("windows-1252.html"))).documents().get(0);
    assertTrue(page.content().contains("Le café du port – ouvert."), page.content());
    Path utf16 = temp.resolve("utf16.txt");
    byte[] text = "Ferries run again.".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(utf16, withBom);
    assertEquals("Ferries run again.", ingest.read(List.of(utf16)).documents().get(0).content());
    Path utf8Bom = Files.write(temp.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'});
    assertEquals("ok", ingest.read(List.of(utf8Bom)).documents().get(0).content());
  }

  @Test
  void filesOverTheLimitAreRefusedWithoutBeingRead() throws IOException {
    Path big = Files.writeString(temp.resolve("big.txt"), "x".repeat(2_000));
    FileIngest small = new FileIngest(new IngestLimits(1_000, 1_000, 8, 1 << 20));
    IngestError error = small.read(List.of(big)).errors().get(0);
    assertEquals(ErrorCode.TOO_LARGE, error.code());
    assertTrue(error.message().contains("2000 bytes"), error.message());
  }

  @Test
  void jsonLinesOverTheLimitAreSkippedAndTheRestIsRead() throws IOException {
    Path file = Files.writeString(temp.resolve("feed.jsonl"),
        "{\"text\": \"" + "y".repeat(5_000) + "\"}\n{\"url\": \"u\", \"text\": \"short record\"}\n");
    FileIngest.Inputs inputs = new FileIngest(new IngestLimits(1 << 20, 1_000, 8, 1 << 20)).read(List.of(file));
    assertEquals(ErrorCode.TOO_LARGE, inputs.errors().get(0).code());
    assertEquals(List.of("u"), inputs.documents().stream().map(RawDocument::source).toList());
  }

  @Test
  void missingAndUnsupportedInputsAreNamed() throws IOException {
    Path pdf = Files.writeString(temp.resolve("report.pdf"), "%PDF-1.7");
    List<IngestError> errors = ingest.read(List.of(temp.resolve("nowhere.txt"), pdf)).errors();
    assertEquals(List.of(ErrorCode.UNREADABLE, ErrorCode.UNSUPPORTED), errors.stream().map(IngestError::code).toList());
    assertEquals(temp.resolve("nowhere.txt").toString(), errors.get(0).source());
  }

  @Test
  void aSymbolicLinkLoopIsReportedAndTheRestOfTheFolderRead() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("loop"));
    Files.writeString(folder.resolve("story.txt"), "Ferries run again between Kelmar and Tarn.");
    Files.createSymbolicLink(folder.resolve("again"), folder);
    FileIngest.Inputs inputs = ingest.read(List.of(folder));
    assertEquals(1, inputs.documents().size());
    assertEquals(1, inputs.errors().size());
    assertTrue(inputs.errors().get(0).message().contains("loop"), inputs.errors().get(0).message());
  }

  @Test
  void foldersDeeperThanTheLimitAreNotEntered() throws IOException {
    Path deep = Files.createDirectories(temp.resolve("1/2/3"));
    Files.writeString(deep.resolve("story.txt"), "Deep down.");
    FileIngest.Inputs inputs = new FileIngest(new IngestLimits(1 << 20, 1 << 20, 1, 1 << 20)).read(List.of(temp.resolve("1")));
    assertEquals(List.of(), inputs.documents());
    assertEquals(ErrorCode.TOO_LARGE, inputs.errors().get(0).code());
  }

  @Test
  void aNamedPipeInAFolderIsReportedNotReadForever() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("with-pipe"));
    Path pipe = folder.resolve("pipe.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo on this machine");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    Files.writeString(folder.resolve("ok.txt"), "Some text.");
    FileIngest.Inputs inputs = ingest.read(List.of(folder));
    assertEquals(List.of(new IngestError(pipe.toString(), ErrorCode.UNREADABLE,
        "not a regular file (a pipe, socket or device); not read")), inputs.errors());
    assertEquals(1, inputs.documents().size());
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FileIngestTest.class.getResource("/dev/parallax/ingest/" + name).toURI());
  }
}
