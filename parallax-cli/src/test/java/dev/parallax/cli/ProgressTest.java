package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.IngestReport;
import dev.parallax.ingest.FileIngest;
import dev.parallax.model.Article;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress: the summary line off a terminal (as these tests run), the bar's words, the tally. */
class ProgressTest {

  private static final Pattern SUMMARY = Pattern.compile(
      "read (\\d+) inputs, stored (\\d+) articles in \\d+\\.\\d s \\(\\d+ articles/s\\)(, \\d+ already stored)?, (\\d+) rejected");

  @TempDir
  Path temp;

  @Test
  void offATerminalIngestPrintsOneSummaryLineAndEachRejectedInput() throws Exception {
    Path folder = temp.resolve("inputs");
    GeneratedArticles.write(folder, 12, 3);
    Files.write(folder.resolve("zz-binary.txt"), new byte[] {'a', 0, 'b'});
    Cli ingest = Cli.run("ingest", folder.toString(), "--store", temp.resolve("store").toString(), "--batch", "5");
    assertEquals(ExitCodes.INPUTS_REJECTED, ingest.exitCode(), ingest.err());

    List<String> lines = ingest.err().lines().toList();
    assertEquals(2, lines.size(), ingest.err());
    assertTrue(lines.get(0).startsWith("parallax: ") && lines.get(0).contains("zz-binary.txt"), lines.get(0));
    var summary = SUMMARY.matcher(lines.get(1));
    assertTrue(summary.matches(), lines.get(1));
    assertEquals("13", summary.group(1));
    assertEquals("12", summary.group(2));
    assertEquals("1", summary.group(4));
    assertFalse(ingest.err().contains("\r") || ingest.err().contains("\u001b"), "no bar drawn off a terminal");

    Cli again = Cli.run("analyze", folder.toString(), "--store", temp.resolve("store").toString(), "--no-progress");
    assertTrue(again.err().lines().anyMatch(line -> line.matches(".*stored 0 articles.*, 12 already stored, 1 rejected")),
        again.err());
  }

  @Test
  void theSummaryCountsInputsStoredDuplicatesAndRejected() {
    IngestTally tally = new IngestTally();
    tally.add(120, new IngestReport(articles(118), List.of(new IngestReport.Duplicate("d", "a1")),
        List.of(error("x"), error("y"))));
    StringWriter err = new StringWriter();
    long[] now = {1_000};
    QuietProgress progress = new QuietProgress(new PrintWriter(err, true), () -> now[0]);
    progress.start(() -> {
      throw new AssertionError("no totals are measured without a bar");
    });
    now[0] += 3_200_000_000L;
    progress.finish(tally);
    assertEquals("read 120 inputs, stored 118 articles in 3.2 s (37 articles/s), 1 already stored, 2 rejected",
        err.toString().strip());
  }

  @Test
  void theBarShowsTheShareOfBytesReadAndTheTimeLeft() {
    IngestTally tally = new IngestTally();
    tally.add(40, new IngestReport(articles(40), List.of(), List.of()));
    String bar = ProgressText.bar(new FileIngest.Volume(3, 250), new FileIngest.Volume(10, 1_000), tally, 20_000_000_000L);
    assertEquals("[======                  ]  25%  files 3/10  40 inputs read  40 stored  2 articles/s  ETA 1 min 00 s", bar);
    String unknown = ProgressText.bar(new FileIngest.Volume(0, 0), new FileIngest.Volume(0, 0), tally, 0);
    assertEquals("40 inputs read  40 stored  0 articles/s", unknown);
    assertEquals("2 h 07 min", ProgressText.duration(7_620_000_000_000L));
  }

  @Test
  void theTallyKeepsEachArticlesIdentityNotItsText() {
    IngestTally tally = new IngestTally();
    tally.add(2, new IngestReport(articles(2), List.of(), List.of()));
    Article kept = tally.report().added().get(0);
    assertEquals("a0", kept.id());
    assertEquals("source-0", kept.source());
    assertEquals("", kept.body());
  }

  private static List<Article> articles(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> new Article("a" + i, "source-" + i, null, null,
        "Headline " + i, null, List.of(), "Body " + i + " with text.", List.of(), List.of(), List.of(), List.of(), "en"))
        .toList();
  }

  private static IngestError error(String source) {
    return new IngestError(source, ErrorCode.BINARY, "binary");
  }
}
