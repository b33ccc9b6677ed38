package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Analyses a corpus folder holding a {@code gold.json} and checks the output against it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldCorpusTest {

  private GoldCheck check;

  /** The corpus folder; the test is skipped when it has no {@code gold.json}. */
  abstract Path corpus();

  @BeforeAll
  void analyze() throws Exception {
    Path corpus = corpus();
    assumeTrue(Files.isRegularFile(corpus.resolve("gold.json")), "no gold.json in " + corpus);
    Cli cli = Cli.run("analyze", corpus.toString(), "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    check = new GoldCheck(corpus.resolve("gold.json"), cli.json());
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
