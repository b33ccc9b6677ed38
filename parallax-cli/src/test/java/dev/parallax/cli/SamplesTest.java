package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample corpus ({@code samples/}) against its own gold file. */
class SamplesTest {

  private static GoldCheck check;

  @BeforeAll
  static void analyzeSamples() throws Exception {
    var samples = Cli.repositoryRoot().resolve("samples");
    Cli cli = Cli.run("analyze", samples.toString(), "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    check = new GoldCheck(samples.resolve("gold.json"), cli.json());
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
  void quoteAndCitationSpansPointIntoBodies() {
    check.bodySpansHold();
  }
}
