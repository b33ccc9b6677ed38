package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.internal.WordLists;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Verb-frame attributions and the reporting-verb cases around them, on the sentences of {@code frame-attributions.tsv}. */
class FrameAttributionsTest {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.bundled());
  private final QuoteFinder finder = new QuoteFinder();

  @TestFactory
  List<DynamicTest> everyFixtureSentence() {
    List<String> lines = WordLists.load(FrameAttributionsTest.class, "frame-attributions.tsv");
    assertTrue(lines.size() >= 15, "fixture lines");
    return lines.stream().map(line -> DynamicTest.dynamicTest(line.substring(0, line.indexOf('\t')), () -> check(line)))
        .toList();
  }

  @Test
  void lexiconHoldsTheKeptFramesOnly() {
    assertTrue(FrameAttributions.isFrameVerb("criticized"));
    assertTrue(FrameAttributions.isFrameVerb("calling"));
    assertTrue(FrameAttributions.isFrameVerb("showed"));
    assertTrue(FrameAttributions.isFrameVerb("endorsed"));
    assertTrue(FrameAttributions.isFrameVerb("backed"));
    assertFalse(FrameAttributions.isFrameVerb("back"), "an adverb more often than a verb: only listed forms count");
    assertFalse(FrameAttributions.isFrameVerb("attack"), "a noun more often than a verb: only listed forms count");
    assertTrue(FrameAttributions.takesNounPhrase("called"));
    assertFalse(FrameAttributions.takesNounPhrase("showed"));
  }

  @Test
  void participleAfterAnAttributionTakesItsSpeaker() {
    String text = "\"We will not sign it,\" Tomas Brell said, adding that the union would strike on Monday.";
    List<Quote> quotes = find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("the union would strike on Monday", quotes.get(1).content().of(text));
    assertEquals("adding", quotes.get(1).cue());
    assertEquals("Tomas Brell", quotes.get(1).speakerSpan().of(text), "not the words opening the quote");
  }

  @Test
  void relativePronounIsTheSourceAndNamesItsAntecedent() {
    String text = "The vote came as Lena Ostrova, who endorsed the harbour plan in May, left the council.";
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("the harbour plan", quotes.get(0).content().of(text));
    assertEquals("who", quotes.get(0).speakerSpan().of(text), "PolNeAR marks the relative pronoun");
    assertEquals("Lena Ostrova", quotes.get(0).speaker());
  }

  private void check(String line) {
    String[] fields = line.split("\t");
    String text = fields[0];
    List<Quote> quotes = find(text);
    if (fields[1].equals("-")) {
      assertEquals(List.of(), quotes, text);
      return;
    }
    assertEquals(1, quotes.size(), () -> text + " -> " + quotes);
    Quote quote = quotes.get(0);
    assertEquals(Quote.Kind.INDIRECT, quote.kind(), text);
    assertEquals(fields[1], quote.content().of(text), text);
    if (fields[2].equals("-")) {
      assertNull(quote.speakerSpan(), text);
    } else {
      assertEquals(fields[2], quote.speakerSpan().of(text), text);
    }
    assertEquals(fields[3], quote.cue(), text);
  }

  private List<Quote> find(String text) {
    List<Span> sentences = splitter.split(text);
    return finder.find(text, List.of(new Span(0, text.length())), sentences, recognizer.recognize(text, sentences));
  }
}
