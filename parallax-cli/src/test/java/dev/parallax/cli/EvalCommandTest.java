package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertTrue(cli.out().contains("Readability4J on the same pages: precision"), cli.out());
    assertTrue(cli.out().contains("speed ratio: Parallax is"), cli.out());
  }

  @Test
  void trafilaturaLayoutGetsTheSnippetMetric() throws IOException {
    Files.createDirectories(temp.resolve("eval"));
    gzip(temp.resolve("eval/a.html.gz"), "<html><body><nav>Impressum | Kontakt</nav><article><p>Die Fähre zwischen "
        + "Kelmar und Tarn fährt seit Freitag wieder, nachdem der Anleger repariert worden ist, sagte der Betreiber.</p>"
        + "<p>Das erste Schiff brachte achtzig Fahrgäste und einen Lastwagen mit Baumaterial auf die Insel.</p>"
        + "</article></body></html>");
    Files.writeString(temp.resolve("evaldata.json"), "{\"https://a.example/f\": {\"file\": \"a.html\", "
        + "\"with\": [\"fährt seit Freitag wieder\", \"achtzig Fahrgäste\"], \"without\": [\"Impressum\"], "
        + "\"author\": NaN}}");
    Cli cli = Cli.run("eval", "extract", "--data", temp.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("snippets: 2 of 2 text found, 0 of 1 boilerplate found"), cli.out());
    assertTrue(cli.out().contains("body: precision 1.000  recall 1.000  accuracy 1.000  F1 1.000"), cli.out());
  }

  @Test
  void datesEvaluationPrintsHtmldatesScores() throws IOException {
    Files.createDirectories(temp.resolve("eval"));
    gzip(temp.resolve("eval/a.html.gz"), "<html><head><meta property=\"article:published_time\" "
        + "content=\"2019-11-18T08:00:00Z\"></head><body><p>Text.</p></body></html>");
    gzip(temp.resolve("eval/b.html.gz"), "<html><body><p>Veröffentlicht am 3. März 2020</p></body></html>");
    gzip(temp.resolve("eval/c.html.gz"), "<html><body><p>No date at all.</p></body></html>");
    Files.writeString(temp.resolve("eval_default.json"), "{\"https://a.example/a\": {\"file\": \"a.html\", "
        + "\"date\": \"2019-11-18\"}, \"https://a.example/b\": {\"file\": \"b.html\", \"date\": \"2020-03-04\"}, "
        + "\"https://a.example/c\": {\"file\": \"c.html\", \"date\": \"2020-01-01\"}}");
    Cli cli = Cli.run("eval", "dates", "--data", temp.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("pages: 3 (right date 1, wrong date 1, no date 1; no HTML file 0)"), cli.out());
    assertTrue(cli.out().contains("precision 0.500  recall 0.500  accuracy 0.333"), cli.out());
    Cli errors = Cli.run("eval", "dates", "--data", temp.toString(), "--errors");
    assertTrue(errors.out().contains("gold 2020-03-04  found 2020-03-03"), errors.out());
    assertTrue(errors.out().contains("gold 2020-01-01  found none"), errors.out());
    assertTrue(errors.out().contains("c.html  https://a.example/c"), errors.out());
    assertFalse(errors.out().contains("a.html"), errors.out());
  }

  @Test
  void quoteEvaluationScoresContentSpansAndSpeakers() throws IOException {
    Path dev = temp.resolve("dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    String text = "Port talks\n\n“We have waited two years for a fair contract,” union leader Tomas Brell said.\n\n"
        + "The port authority said that it would present a new offer on Thursday.";
    Files.writeString(dev.resolve("text/a.txt"), text);
    String quote = "“We have waited two years for a fair contract,”";
    String reported = "that it would present a new offer on Thursday";
    Files.writeString(dev.resolve("attributions/a_0001.ann"), String.join("\n",
        entity("T1", "Content", text, quote), entity("T2", "Source", text, "union leader Tomas Brell"),
        entity("T3", "Cue", text, "said"), "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        entity("T4", "Content", text, reported), entity("T5", "Source", text, "The port authority"),
        "E2\tAttribution:T5 Content:T4 Source:T5", "#1\tAnnotatorNotes T1\tnote", ""));
    Files.writeString(dev.resolve("attributions/a_0002.ann"), entity("T1", "Content", text, "Port talks") + "\n"
        + "E1\tAttribution:T1 Content:T1\n");
    Cli cli = Cli.run("eval", "quotes", "--data", temp.toString(), "--split", "dev");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("articles: 1"), cli.out());
    assertTrue(cli.out().contains("all      gold     2 predicted     2 | overlap P 1.000 R 1.000 F1 1.000"), cli.out());
    assertTrue(cli.out().contains("direct   gold     1 predicted     1"), cli.out());
    assertTrue(cli.out().contains("speaker accuracy: 1.000 (2 of 2"), cli.out());
    Path misses = temp.resolve("misses.tsv");
    Path falsePositives = temp.resolve("false-positives.tsv");
    Cli listed = Cli.run("eval", "quotes", "--data", temp.toString(), "--split", "dev", "--cues", "5", "--misses",
        misses.toString(), "--false-positives", falsePositives.toString());
    assertEquals(0, listed.exitCode(), listed.err());
    assertTrue(listed.out().contains("gold cue, recall:\n      1     1 1.000  direct: said"), listed.out());
    assertTrue(listed.out().contains("predicted cue, precision:"), listed.out());
    assertEquals("", Files.readString(misses), "every gold quote matched");
    assertEquals("", Files.readString(falsePositives), "every prediction matched");
  }

  private static String entity(String id, String type, String text, String words) {
    int start = text.indexOf(words);
    return id + "\t" + type + " " + start + " " + (start + words.length()) + "\t" + words;
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
