package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Analyses a corpus folder holding a {@code gold.json} and checks the output against it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldCorpusTest {

  private GoldCheck check;
  private Path analysisFile;
  private JsonNode analysis;

  /** The corpus folder; the test is skipped when it has no {@code gold.json}. */
  abstract Path corpus();

  @BeforeAll
  void analyze() throws Exception {
    Path corpus = corpus();
    assumeTrue(Files.isRegularFile(corpus.resolve("gold.json")), "no gold.json in " + corpus);
    Cli cli = Cli.run("analyze", corpus.toString(), "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    analysis = cli.json();
    check = new GoldCheck(corpus.resolve("gold.json"), analysis);
    analysisFile = Files.createTempFile("parallax-analysis-", ".json");
    Files.writeString(analysisFile, cli.out());
  }

  @AfterAll
  void deleteAnalysis() throws Exception {
    if (analysisFile != null) {
      Files.deleteIfExists(analysisFile);
    }
  }

  @Test
  void factsMatchTheGold() {
    check.facts();
  }

  @Test
  void everyBriefKeepsTheCitationRules() {
    Cli cli = Cli.run("check-brief", analysisFile.toString());
    assertEquals(0, cli.exitCode(), cli.out() + cli.err());
  }

  /** What {@code analyze --format json} printed for the corpus. */
  JsonNode analysis() {
    return analysis;
  }

  @Test
  void outletsDatesAndHeadlinesMatchTheGold() {
    check.metadata();
  }

  @Test
  void eventsAndStoriesMatchTheGold() {
    check.eventsAndStories();
  }

  @Test
  void noBoilerplateLineIsLeftInABody() {
    check.boilerplateOutOfBodies();
  }

  @Test
  void everyUtteranceIsOneQuoteGroupAcrossItsArticles() {
    check.utterances();
  }

  @Test
  void quoteAndCitationSpansPointIntoBodies() {
    check.bodySpansHold();
  }
}
