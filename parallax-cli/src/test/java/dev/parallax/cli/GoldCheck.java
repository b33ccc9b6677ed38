package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the JSON of {@code analyze --format json} with a gold file in the layout of
 * {@code shared/seeds/gold.json}: per-article outlet, date and headline; events (exact article
 * sets, dates); stories; boilerplate lines kept out of bodies; utterances (one quote group per
 * utterance, across the listed articles, apart from the speaker's other remarks).
 */
final class GoldCheck {

  private final JsonNode gold;
  private final JsonNode analysis;
  /** Gold article key (file name or record url) → article id in the analysis. */
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, JsonNode> articles = new HashMap<>();

  GoldCheck(Path goldFile, JsonNode analysis) throws IOException {
    this.gold = new ObjectMapper().readTree(goldFile.toFile());
    this.analysis = analysis;
    for (JsonNode article : analysis.get("articles")) {
      articles.put(article.get("id").asText(), article);
    }
    for (Iterator<String> keys = gold.get("articles").fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      String id = null;
      for (JsonNode article : analysis.get("articles")) {
        String source = article.get("source").asText();
        if (source.equals(key) || source.endsWith("/" + key)) {
          id = article.get("id").asText();
        }
      }
      assertNotNull(id, "gold article " + key + " is missing from the analysis");
      ids.put(key, id);
    }
  }

  void metadata() {
    gold.get("articles").fields().forEachRemaining(entry -> {
      JsonNode expected = entry.getValue();
      JsonNode actual = articles.get(ids.get(entry.getKey()));
      assertEquals(text(expected.get("outlet")), text(actual.get("outlet")), entry.getKey() + " outlet");
      assertEquals(plainQuotes(text(expected.get("headline"))), plainQuotes(text(actual.get("headline"))),
          entry.getKey() + " headline");
      String published = text(actual.get("published"));
      assertEquals(text(expected.get("published")), published == null ? null : published.substring(0, 10),
          entry.getKey() + " published");
    });
  }

  void eventsAndStories() {
    Map<Set<String>, JsonNode> predicted = new HashMap<>();
    for (JsonNode event : analysis.get("events")) {
      predicted.put(strings(event.get("articles")), event);
    }
    Map<String, String> storyOfGoldEvent = new HashMap<>();
    gold.get("events").fields().forEachRemaining(entry -> {
      Set<String> members = new HashSet<>();
      entry.getValue().get("articles").forEach(key -> members.add(ids.get(key.asText())));
      JsonNode event = predicted.get(members);
      assertNotNull(event, "gold event " + entry.getKey() + " " + members + " not among predicted events " + predicted.keySet());
      assertEquals(entry.getValue().get("date").asText(), text(event.get("date")), entry.getKey() + " date");
      storyOfGoldEvent.put(entry.getKey(), event.get("story").asText());
    });
    assertEquals(gold.get("events").size(), analysis.get("events").size(), "number of events");
    List<String> goldStories = new ArrayList<>();
    for (JsonNode story : gold.get("stories")) {
      Set<String> predictedStories = new HashSet<>();
      story.forEach(event -> predictedStories.add(storyOfGoldEvent.get(event.asText())));
      assertEquals(1, predictedStories.size(), "gold story " + story + " spread over " + predictedStories);
      goldStories.add(predictedStories.iterator().next());
    }
    assertEquals(goldStories.size(), new HashSet<>(goldStories).size(), "gold stories merged: " + goldStories);
  }

  void boilerplateOutOfBodies() {
    gold.get("boilerplate_lines").fields().forEachRemaining(entry -> {
      String body = articles.get(ids.get(entry.getKey())).get("body").asText();
      Set<String> paragraphs = Set.of(body.split("\n\n"));
      for (JsonNode line : entry.getValue()) {
        String leftover = line.asText().strip();
        assertFalse(paragraphs.contains(leftover), entry.getKey() + " body keeps '" + leftover + "'");
        if (leftover.length() >= 20) {
          assertFalse(body.contains(leftover), entry.getKey() + " body keeps '" + leftover + "'");
        }
      }
    });
  }

  void bodySpansHold() {
    for (JsonNode event : analysis.get("events")) {
      for (JsonNode quote : event.get("quotes")) {
        for (JsonNode variant : quote.get("variants")) {
          String body = articles.get(variant.get("article").asText()).get("body").asText();
          assertEquals(variant.get("text").asText(),
              body.substring(variant.get("start").asInt(), variant.get("end").asInt()), "quote span");
        }
      }
    }
    for (JsonNode story : analysis.get("stories")) {
      JsonNode sentences = story.get("brief").get("sentences");
      assertTrue(sentences.size() > 0, "story " + story.get("id") + " has an empty brief");
      for (JsonNode sentence : sentences) {
        for (JsonNode citation : sentence.get("citations")) {
          String body = articles.get(citation.get("article").asText()).get("body").asText();
          assertTrue(citation.get("end").asInt() <= body.length(), "brief citation outside its body: " + sentence);
        }
        if (sentence.get("section").asText().equals("summary") && sentence.get("citations").size() == 1) {
          JsonNode citation = sentence.get("citations").get(0);
          String body = articles.get(citation.get("article").asText()).get("body").asText();
          assertEquals(sentence.get("text").asText(),
              body.substring(citation.get("start").asInt(), citation.get("end").asInt()), "summary sentence");
        }
      }
    }
  }

  /** Each gold fact comes out as one story fact of the same kind stated by exactly the gold articles. */
  void facts() {
    for (JsonNode fact : gold.path("facts")) {
      Set<String> members = new HashSet<>();
      fact.get("in").forEach(key -> members.add(ids.get(key.asText())));
      boolean found = false;
      for (JsonNode story : analysis.get("stories")) {
        for (JsonNode predicted : story.get("facts")) {
          found |= predicted.get("kind").asText().equals(fact.get("kind").asText())
              && strings(predicted.get("articles")).equals(members);
        }
      }
      assertTrue(found, "gold fact '" + fact.path("what").asText() + "' (" + fact.get("kind").asText() + ", " + members
          + ") is not one story fact");
    }
  }

  /**
   * Every gold utterance ({@code speaker}, {@code key} words, articles {@code in}) is one quote
   * group of one event: the speaker's surname matches, its variants hold the key words, the
   * variants come from every listed article; two utterances never share a group.
   */
  void utterances() {
    JsonNode utterances = gold.path("utterances");
    Set<JsonNode> used = new HashSet<>();
    for (JsonNode utterance : utterances) {
      String surname = lastWord(utterance.get("speaker").asText());
      String key = utterance.get("key").asText().toLowerCase(Locale.ROOT);
      Set<String> expected = new HashSet<>();
      utterance.get("in").forEach(name -> expected.add(ids.get(name.asText())));
      JsonNode found = null;
      for (JsonNode event : analysis.get("events")) {
        for (JsonNode group : event.get("quotes")) {
          Set<String> articlesOfGroup = new HashSet<>();
          StringBuilder texts = new StringBuilder();
          for (JsonNode variant : group.get("variants")) {
            articlesOfGroup.add(variant.get("article").asText());
            texts.append(variant.get("text").asText().toLowerCase(Locale.ROOT)).append('\n');
          }
          boolean hasKey = Arrays.stream(key.split(" ")).allMatch(word -> texts.indexOf(word) >= 0);
          if (hasKey && lastWord(group.get("speaker").asText()).equals(surname) && articlesOfGroup.containsAll(expected)) {
            found = group;
          }
        }
      }
      assertNotNull(found, "utterance '" + key + "' by " + surname + " is not one group across " + utterance.get("in"));
      assertTrue(used.add(found), "utterance '" + key + "' shares its group with another utterance");
    }
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** Gold files are typed with straight quotes; pages print curly ones. */
  private static String plainQuotes(String text) {
    return text == null ? null : text.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"");
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
