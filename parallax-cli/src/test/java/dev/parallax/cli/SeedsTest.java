package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The five seed articles of {@code ../shared/seeds} against their hand-written gold; skipped without it. */
class SeedsTest extends GoldCorpusTest {
  @Override
  Path corpus() {
    return Cli.shared().resolve("seeds");
  }

  @Test
  void framingListsTroopsAgainstAdvisersAndTheWordsForMigrants() {
    JsonNode story = analysis().get("stories").get(0);
    assertTrue(hasWordChoice(story, List.of("troop", "military adviser")), story.get("framing").toString());
    assertTrue(hasWordChoice(story, List.of("asylum seeker", "irregular migrant", "illegal migrant")),
        story.get("framing").toString());
  }

  @Test
  void aDailyCrossingRateAndAMonthlyArrivalTotalAreNoConflict() {
    for (JsonNode fact : analysis().get("stories").get(0).get("facts")) {
      if (fact.get("kind").asText().equals("conflict")) {
        String text = fact.get("text").asText();
        assertTrue(!text.contains("3,000") && !text.contains("600"), text);
      }
    }
  }

  @Test
  void theTimelineHasTheClosureTheKremlinsRegretAndThePolishOffer() {
    Set<String> days = new HashSet<>();
    analysis().get("stories").get(0).get("timeline").forEach(entry -> days.add(entry.get("date").asText()));
    assertTrue(days.containsAll(List.of("2023-11-16", "2023-11-17", "2023-11-20", "2023-11-28", "2023-11-29")),
        days.toString());
  }

  private static boolean hasWordChoice(JsonNode story, List<String> terms) {
    for (JsonNode choice : story.get("framing").get("wordChoices")) {
      Set<String> used = new HashSet<>();
      choice.get("terms").forEach(term -> used.add(term.asText()));
      if (used.containsAll(terms)) {
        return true;
      }
    }
    return false;
  }
}
