package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands on tiny benchmark folders written here in the benchmarks' layouts. */
class EvalCommandTest {

  @TempDir
  Path temp;

  @Test
  void clusterEvaluationPrintsTheStandardScores() throws IOException {
    String strike = "Dockworkers at the port of Kelmar walked off the job on Monday over pay, union leader Tomas Brell said.";
    String strike2 = "Union leader Tomas Brell said dockworkers at Kelmar port walked out on Monday in a pay dispute.";
    String dam = "Engineers opened the spillway gates of the Vasselo dam after the reservoir rose, spokeswoman Ilse Varna said.";
    Files.writeString(temp.resolve("docs.jsonl"), String.join("\n",
        "{\"id\": \"1\", \"title\": \"Kelmar strike\", \"text\": \"" + strike + "\", \"event\": \"strike\", \"split\": \"dev\"}",
        "{\"id\": \"2\", \"title\": \"Port strike\", \"text\": \"" + strike2 + "\", \"event\": \"strike\", \"split\": \"dev\"}",
        "{\"id\": \"3\", \"title\": \"Dam gates open\", \"text\": \"" + dam + "\", \"event\": \"dam\", \"split\": \"train\"}"));
    Cli all = Cli.run("eval", "cluster", "--data", temp.toString());
    assertEquals(0, all.exitCode(), all.err());
    assertTrue(all.out().contains("articles: 3  clusters: gold 2, predicted 2"), all.out());
    assertTrue(all.out().contains("B-cubed:  precision 1.000  recall 1.000  F1 1.000"), all.out());
    Cli dev = Cli.run("eval", "cluster", "--data", temp.toString(), "--split", "dev");
    assertTrue(dev.out().contains("articles: 2"), dev.out());
  }

  @Test
  void extractionEvaluationPrintsShingleScores() throws IOException {
    Files.createDirectories(temp.resolve("html"));
    String body = "Ferries between Kelmar and Tarn island ran again on Friday after repairs to the landing stage, "
        + "the ferry operator said, and the first boat carried eighty passengers.";
    gzip(temp.resolve("html/page1.html.gz"), "<html><body><nav>Home | Island</nav><article><p>" + body
        + "</p></article><footer>Copyright 2025</footer></body></html>");
    Files.writeString(temp.resolve("ground-truth.json"),
        "{\"page1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/tarn\"}}");
    Cli cli = Cli.run("eval", "extract", "--data", temp.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("pages: 1 (no article found: 0)"), cli.out());
    assertTrue(cli.out().contains("body: precision 1.000  recall 1.000  F1 1.000"), cli.out());
  }

  @Test
  void aFolderOfTheWrongKindIsAUsageError() {
    Cli cli = Cli.run("eval", "cluster", "--data", temp.toString());
    assertEquals(ExitCodes.USAGE, cli.exitCode());
    assertTrue(cli.err().contains("no docs.jsonl"), cli.err());
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
