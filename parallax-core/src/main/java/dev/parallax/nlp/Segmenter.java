package dev.parallax.nlp;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.SparseVectors;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a body into topical segments, so that a roundup's unrelated items can be told from its
 * lead story. A segment ends where the words of the next paragraphs share little with the
 * segment so far (lexical cohesion over a two-paragraph window, as in TextTiling) while a person
 * or organisation the segment has not named comes in, or at an explicit turn ("Separately,", "In
 * other news", a sub-heading that opens such a turn). The lead keeps at least {@value
 * #MIN_LEAD_PARAGRAPHS} paragraphs, later items {@value #MIN_ITEM_PARAGRAPHS}. Thread-safe.
 */
final class Segmenter {

  static final int MIN_LEAD_PARAGRAPHS = 4;
  static final int MIN_ITEM_PARAGRAPHS = 2;
  /** Below this cosine between a paragraph window and the segment so far, a new segment starts. */
  static final double COHESION_THRESHOLD = 0.15;

  private static final Pattern TURN = Pattern.compile(
      "^(Separately|In other news|In a separate development|Elsewhere|Also on \\w+day|In another development)\\b");

  List<Span> segment(String body, List<Span> paragraphs, List<Mention> mentions) {
    List<Span> segments = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      segments.add(new Span(0, body.length()));
      return segments;
    }
    List<Map<String, Integer>> words = new ArrayList<>();
    List<Set<String>> actors = new ArrayList<>();
    for (Span paragraph : paragraphs) {
      words.add(ContentWords.count(body, paragraph.start(), paragraph.end()));
      actors.add(actorsIn(paragraph, mentions));
    }
    int segmentStart = 0;
    Map<String, Integer> segmentWords = new HashMap<>();
    Set<String> segmentActors = new HashSet<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      int minimum = segments.isEmpty() ? MIN_LEAD_PARAGRAPHS : MIN_ITEM_PARAGRAPHS;
      if (i - segmentStart >= minimum) {
        boolean newActor = !segmentActors.containsAll(actors.get(i));
        if (startsNewTopic(body, paragraphs, words, i, segmentWords, newActor)) {
          segments.add(new Span(paragraphs.get(segmentStart).start(), paragraphs.get(i - 1).end()));
          segmentStart = i;
          segmentWords.clear();
          segmentActors.clear();
        }
      }
      words.get(i).forEach((word, count) -> segmentWords.merge(word, count, Integer::sum));
      segmentActors.addAll(actors.get(i));
    }
    segments.add(new Span(paragraphs.get(segmentStart).start(), paragraphs.get(paragraphs.size() - 1).end()));
    return segments;
  }

  private static boolean startsNewTopic(String body, List<Span> paragraphs, List<Map<String, Integer>> words,
      int at, Map<String, Integer> segmentWords, boolean newActor) {
    String opening = paragraphs.get(at).of(body);
    boolean subheading = !opening.isEmpty() && ".!?\"”".indexOf(opening.charAt(opening.length() - 1)) < 0
        && opening.split("\\s+").length <= 12;
    if (TURN.matcher(opening).find()) {
      return true;
    }
    if (subheading && at + 1 < paragraphs.size() && TURN.matcher(paragraphs.get(at + 1).of(body)).find()) {
      return true;
    }
    Map<String, Integer> window = new HashMap<>(words.get(at));
    if (at + 1 < paragraphs.size()) {
      words.get(at + 1).forEach((word, count) -> window.merge(word, count, Integer::sum));
    }
    return newActor && window.size() >= 8
        && SparseVectors.cosine(window, segmentWords, word -> 1.0) < COHESION_THRESHOLD;
  }

  private static Set<String> actorsIn(Span paragraph, List<Mention> mentions) {
    Set<String> actors = new HashSet<>();
    for (Mention mention : mentions) {
      if (paragraph.contains(mention.span())
          && (mention.type() == EntityType.PERSON || mention.type() == EntityType.ORGANIZATION)) {
        actors.add(mention.entity());
      }
    }
    return actors;
  }
}
