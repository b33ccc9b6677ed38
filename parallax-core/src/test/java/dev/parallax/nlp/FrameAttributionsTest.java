package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.internal.WordLists;
import dev.parallax.model.Quote;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Verb-frame attributions and the reporting-verb cases around them, on the sentences of {@code frame-attributions.tsv}. */
class FrameAttributionsTest {


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
    Quote quote = last(text, 2);
    assertEquals("that the union would strike on Monday adding", quote.content().of(text) + " " + quote.cue());
    assertEquals("Tomas Brell", quote.speakerSpan().of(text), "not the words opening the quote");
  }

  @Test
  void relativePronounIsTheSourceAndNamesItsAntecedent() {
    String text = "The vote came as Lena Ostrova, who endorsed the harbour plan in May, left the council.";
    Quote quote = last(text, 1);
    assertEquals("the harbour plan", quote.content().of(text));
    assertEquals("who = Lena Ostrova", quote.speakerSpan().of(text) + " = " + quote.speaker(),
        "PolNeAR marks the relative pronoun; the entity is the one it refers to");
  }

  /** The last of the text's quotes, which must number {@code count}. */
  private Quote last(String text, int count) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(count, quotes.size(), quotes::toString);
    return quotes.get(count - 1);
  }

  private void check(String line) {
    String[] fields = line.split("\t");
    String text = fields[0];
    List<Quote> quotes = QuoteFixtures.find(text);
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

}
