package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles against their hand-written gold analysis; skipped without ../shared. */
class SeedsTest {

  private static GoldCheck check;

  @BeforeAll
  static void analyzeSeeds() throws Exception {
    Path seeds = Cli.shared().resolve("seeds");
    assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seeds at " + seeds);
    Cli cli = Cli.run("analyze", seeds.toString(), "--format", "json");
    assertEquals(0, cli.exitCode(), cli.err());
    check = new GoldCheck(seeds.resolve("gold.json"), cli.json());
  }

  @Test
  void outletsDatesAndHeadlinesMatchTheGold() {
    check.metadata();
  }

  @Test
  void eventsAndTheStoryMatchTheGold() {
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
