package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.extract.Extractor;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Quote;
import dev.parallax.model.RawDocument;
import dev.parallax.nlp.Annotator;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsStreamTest {

  @Test
  void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
    List<RawDocument> a = new NewsStream(500, 7).next(50);
    List<RawDocument> b = new NewsStream(500, 7).next(50);
    List<RawDocument> c = new NewsStream(500, 8).next(50);
    assertEquals(a, b);
    assertNotEquals(a.get(10).content(), c.get(10).content());
  }

  @Test
  void eventSizesAreHeavyTailedAndStoriesLonger() {
    NewsStream stream = new NewsStream(20_000, 1);
    int[] events = sizes(stream, true);
    int[] stories = sizes(stream, false);
    int median = events[events.length / 2];
    int max = events[events.length - 1];
    long small = Arrays.stream(events).filter(size -> size <= 5).count();
    assertTrue(max >= 50 * median, "max event " + max + ", median " + median);
    assertTrue(small > 0.85 * events.length, small + " of " + events.length + " events have 1-5 articles");
    assertTrue(Arrays.stream(events).filter(size -> size >= 20).count() >= 10, "some events of dozens");
    assertTrue(stories.length < events.length && stories[stories.length - 1] >= max, "stories chain events");
    assertEquals(stream.events(), events.length);
    assertEquals(stream.stories(), stories.length);
  }

  @Test
  void articlesComeInPublicationOrderAtAboutThreeThousandADay() {
    NewsStream stream = new NewsStream(9_000, 3);
    List<RawDocument> documents = stream.next(stream.size());
    LocalDateTime previous = LocalDateTime.MIN;
    for (RawDocument document : documents) {
      LocalDateTime at = document.hints().published().date().atTime(document.hints().published().time());
      assertFalse(at.isBefore(previous), at + " after " + previous);
      previous = at;
    }
    long days = stream.publishedOn(stream.size() - 1).toEpochDay() - NewsStream.START.toEpochDay() + 1;
    assertTrue(days >= 3 && days <= 5, days + " days");
    assertEquals(0, stream.remaining());
  }

  @Test
  void documentsGoThroughExtractionAndAnnotationWithQuotesEntitiesAndFigures() {
    Extractor extractor = new Extractor();
    Annotator annotator = Annotator.standard();
    for (RawDocument document : new NewsStream(1_000, 5).next(12)) {
      Extractor.Result result = extractor.extract(document);
      assertNull(result.error(), () -> String.valueOf(result.error()));
      AnnotatedArticle article = annotator.annotate(result.article());
      int words = NewsText.words(article.body());
      assertTrue(words >= 300 && words <= 450, words + " words");
      assertEquals(document.hints().title(), article.article().headline());
      assertTrue(article.article().paragraphs().size() >= 4);
      assertTrue(article.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.DIRECT && q.speaker() != null),
          "a direct quote with its speaker: " + article.body());
      assertTrue(article.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.speaker() != null),
          "an indirect quote with its speaker");
      assertTrue(article.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON), "a person");
      assertTrue(article.quantities().size() >= 2, "numbers with units");
      assertFalse(article.times().isEmpty(), "a time expression");
      assertFalse(article.eventDate().isAfter(document.hints().published().date()));
    }
  }

  @Test
  void wireCopiesRepeatTheWireStoryWithItsCredit() {
    NewsStream stream = new NewsStream(2_000, 1);
    List<RawDocument> documents = stream.next(stream.size());
    Extractor extractor = new Extractor();
    int copies = 0;
    for (int i = 0; i < documents.size(); i++) {
      if (stream.isWireCopy(i)) {
        copies++;
        RawDocument copy = documents.get(i);
        assertFalse(extractor.extract(copy).article().credits().isEmpty(), copy.content());
        String lead = copy.content().substring(0, copy.content().indexOf("\n\n"));
        int index = i;
        assertTrue(documents.subList(0, i).stream().anyMatch(d -> d.content().startsWith(lead)
            && !d.hints().outlet().equals(documents.get(index).hints().outlet())), "the wire story came first");
      }
    }
    assertTrue(copies > 0.03 * documents.size() && copies < 0.15 * documents.size(), copies + " copies");
  }

  @Test
  void queriesUseTheStreamsWords() {
    NewsStream stream = new NewsStream(300, 2);
    String text = String.join(" ", stream.next(stream.size()).stream().map(RawDocument::content).toList());
    for (String query : stream.queries()) {
      Arrays.stream(query.split(" ")).forEach(word -> assertTrue(text.contains(word), word));
    }
  }

  @Test
  void anEmptyStreamIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NewsStream(0, 1));
  }

  /** Articles per gold event (or story), ascending, from the plan alone. */
  private static int[] sizes(NewsStream stream, boolean events) {
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < stream.size(); i++) {
      sizes.merge(events ? stream.eventOf(i) : stream.storyOf(i), 1, Integer::sum);
    }
    return sizes.values().stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
