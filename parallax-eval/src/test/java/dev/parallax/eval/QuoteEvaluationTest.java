package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote evaluation on a one-article split written here (invented text, hand-made standoff). */
class QuoteEvaluationTest {

  private static final String TEXT = "Tomas Brell said the union would stay out until Friday.\n\n"
      + "Ilse Varna criticized the new toll on the river bridge.\n\n"
      + "The harbour smelled of tar and salt all week.\n";

  @TempDir
  Path temp;

  @Test
  void scoresCuesAndMisses() throws IOException {
    Path split = split("dev");
    Files.writeString(split.resolve("text/a.txt"), TEXT);
    int said = TEXT.indexOf("said");
    int content = TEXT.indexOf("the union");
    int criticized = TEXT.indexOf("criticized");
    int toll = TEXT.indexOf("the new toll");
    int tar = TEXT.indexOf("tar and salt");
    Files.writeString(split.resolve("attributions/a_0001.ann"), String.join("\n",
        "T1\tSource 0 11\tTomas Brell",
        "T2\tCue " + said + " " + (said + 4) + "\tsaid",
        "T3\tContent " + content + " " + TEXT.indexOf(" until") + "\tthe union would stay out",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T4\tSource " + TEXT.indexOf("Ilse") + " " + (criticized - 1) + "\tIlse Varna",
        "T5\tCue " + criticized + " " + (criticized + 10) + "\tcriticized",
        "T6\tContent " + toll + " " + TEXT.indexOf(".", toll) + "\tthe new toll on the river bridge",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        "T7\tCue " + TEXT.indexOf("smelled") + " " + (TEXT.indexOf("smelled") + 7) + "\tsmelled",
        "T8\tContent " + tar + " " + (tar + 12) + "\ttar and salt",
        "E3\tAttribution:T7 Content:T8 Cue:T7"));
    StringWriter misses = new StringWriter();
    QuoteEvaluation.Result result;
    try (PrintWriter writer = new PrintWriter(misses)) {
      result = new QuoteEvaluation().run(temp, "dev", writer);
    }
    assertEquals(1, result.articles());
    assertEquals(3, result.all().gold());
    assertEquals(2, result.all().predicted(), "the reported speech and the verb frame");
    assertEquals(2, result.all().overlapMatches());
    assertEquals(1, result.all().exactMatches(), "the gold 'said' content stops before 'until Friday'");
    assertEquals(2, result.speakerPairs());
    assertEquals(2, result.speakerRight());
    assertEquals(new QuoteEvaluation.CueTally(1, 1), result.goldCues().get("indirect: criticized"));
    assertEquals(new QuoteEvaluation.CueTally(1, 0), result.goldCues().get("indirect: smelled"));
    assertEquals(new QuoteEvaluation.CueTally(1, 1), result.predictedCues().get("indirect: said"));
    String written = misses.toString();
    assertEquals(1, written.lines().count(), written);
    assertTrue(written.startsWith("a\tindirect: smelled\ttar and salt\t"), written);
  }

  @Test
  void writesUnmatchedPredictionsWithTheNearestGold() throws IOException {
    Path split = split("dev");
    Files.writeString(split.resolve("text/a.txt"), TEXT);
    Files.writeString(split.resolve("attributions/a_0001.ann"),
        relation(2, "Ilse Varna", "criticized", "the new toll"));
    StringWriter falsePositives = new StringWriter();
    QuoteEvaluation.Result result;
    try (PrintWriter writer = new PrintWriter(falsePositives)) {
      result = new QuoteEvaluation().run(temp, "dev", null, writer);
    }
    assertEquals(2, result.all().predicted());
    assertEquals(0, result.all().overlapMatches(), "the gold criticism is three of the prediction's seven words");
    String written = falsePositives.toString();
    assertEquals(2, written.lines().count(), written);
    assertTrue(written.contains("a\tindirect: said\tthe union would stay out until Friday\t\n"), written);
    assertTrue(written.contains("a\tindirect: criticized\tthe new toll on the river bridge\t0.43 indirect: criticized"
        + " | the new toll\n"), written);
  }

  @Test
  void goldOpeningWithDoubledApostrophesIsDirect() throws IOException {
    Path split = split("dev");
    String text = "''We will not sell the mill,'' Anna Koss said on Monday.\n";
    Files.writeString(split.resolve("text/a.txt"), text);
    int end = text.indexOf(" Anna");
    int said = text.indexOf("said");
    Files.writeString(split.resolve("attributions/a_0001.ann"), String.join("\n",
        "T1\tContent 0 " + end + "\t" + text.substring(0, end),
        "T2\tCue " + said + " " + (said + 4) + "\tsaid",
        "E1\tAttribution:T2 Content:T1 Cue:T2", ""));

    QuoteEvaluation.Result result = new QuoteEvaluation().run(temp, "dev");

    assertEquals(1, result.direct().gold());
    assertEquals(1, result.direct().overlapMatches());
    assertEquals(0, result.indirect().gold());
  }

  @Test
  void agreementScoresEveryPairOfAnnotators() throws IOException {
    Path split = split("train");
    Files.writeString(split.resolve("text/a.txt"), TEXT);
    Files.writeString(split.resolve("text/b.txt"), TEXT);
    String said = relation(1, "Tomas Brell", "said", "the union would stay out");
    String criticized = relation(2, "Ilse Varna", "criticized", "the new toll on the river bridge");
    String criticizedNoSource = relation(2, null, "criticized", "the new toll on the river bridge");
    Files.writeString(split.resolve("attributions/a_0001.ann"), said + criticized);
    Files.writeString(split.resolve("attributions/a_0002.ann"), said);
    Files.writeString(split.resolve("attributions/a_0003.ann"), said + criticizedNoSource);
    Files.writeString(split.resolve("attributions/b_0001.ann"), said + criticized);

    QuoteEvaluation.Agreement agreement = new QuoteEvaluation().agreement(temp, "train");
    QuoteEvaluation.Result result = agreement.pairs();

    assertEquals(3, result.articles(), "three pairs of a's annotators; b was annotated once");
    assertEquals(5, result.all().gold(), "2 + 2 + 1 relations of the earlier file of each pair");
    assertEquals(5, result.all().predicted(), "1 + 2 + 2 of the later file");
    assertEquals(4, result.all().overlapMatches(), "0002 misses the criticism");
    assertEquals(4, result.speakerPairs(), "the matched pairs whose earlier annotation names a source");
    assertEquals(3, result.speakerRight(), "0003 leaves the critic without a source");

    QuoteEvaluation.Result consensus = agreement.consensus();
    assertEquals(3, consensus.articles(), "each of a's three annotators against the other two");
    assertEquals(5, consensus.all().gold());
    assertEquals(4, consensus.all().predicted(), "both others share 'said'; the criticism only when 0002 is the gold");
    assertEquals(3, consensus.all().overlapMatches(), "the majority lacks the criticism that 0001 and 0003 have");

    QuoteEvaluation.Result system = agreement.system();
    assertEquals(3, system.articles(), "the system against each of a's annotators");
    assertEquals(6, system.all().predicted(), "the reported speech and the verb frame, three times");
    assertEquals(5, system.all().overlapMatches(), "all of each annotator's relations");
  }

  /** An empty split folder in the PolNeAR layout. */
  private Path split(String name) throws IOException {
    Path split = temp.resolve(name);
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    return split;
  }

  private static String relation(int n, String source, String cue, String content) {
    int cueStart = TEXT.indexOf(cue);
    int contentStart = TEXT.indexOf(content);
    StringBuilder lines = new StringBuilder();
    String sourceArgument = "";
    if (source != null) {
      lines.append("T" + n + "1\tSource " + TEXT.indexOf(source) + " " + (TEXT.indexOf(source) + source.length())
          + "\t" + source + "\n");
      sourceArgument = " Source:T" + n + "1";
    }
    lines.append("T" + n + "2\tCue " + cueStart + " " + (cueStart + cue.length()) + "\t" + cue + "\n");
    lines.append("T" + n + "3\tContent " + contentStart + " " + (contentStart + content.length()) + "\t" + content
        + "\n");
    return lines.append("E" + n + "\tAttribution:T" + n + "2 Content:T" + n + "3 Cue:T" + n + "2" + sourceArgument
        + "\n").toString();
  }
}
