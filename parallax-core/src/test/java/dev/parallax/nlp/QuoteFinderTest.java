package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.bundled());
  private final QuoteFinder finder = new QuoteFinder();

  @Test
  void speakerAfterTheQuoteInEitherOrder() {
    assertSpeaker("“We have waited two years for this,” said union leader Tomas Brell.", "Tomas Brell", "said");
    assertSpeaker("\"We will not accept these terms at all,\" Tomas Brell told reporters.", "Tomas Brell", "told");
  }

  @Test
  void speakerBeforeTheQuote() {
    assertSpeaker("Board spokeswoman Ilse Varna said: \"The gates will stay open for now.\"", "Ilse Varna", "said");
    assertSpeaker("Ilse Varna expressed concern, stating, “This level has not been seen before.”", "Ilse Varna", "stating");
  }

  @Test
  void pronounTakesTheLastPersonNamed() {
    assertSpeaker("Ilse Varna visited the dam. “The walls are holding up well,” she said.", "Ilse Varna", "said");
  }

  @Test
  void unattributedFollowUpQuoteInheritsTheSpeakerAndShortScareQuotesAreSkipped() {
    String text = "The “excessive” plan, Tomas Brell said, was late. “We are not moving,” Tomas Brell said. "
        + "“This is the end of the matter for us.”";
    List<Quote> quotes = find(text);
    assertEquals(2, quotes.size());
    assertEquals("Tomas Brell", quotes.get(1).speaker());
    assertEquals("This is the end of the matter for us.", quotes.get(1).content().of(text));
  }

  @Test
  void quoteWithoutAttributionHasNoSpeaker() {
    List<Quote> quotes = find("The sign read “closed until further notice for all visitors”.");
    assertEquals(1, quotes.size());
    assertNull(quotes.get(0).speaker());
  }

  private void assertSpeaker(String text, String speaker, String cue) {
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), () -> text + " -> " + quotes);
    assertEquals(speaker, quotes.get(0).speaker(), text);
    assertEquals(cue, quotes.get(0).cue(), text);
  }

  private List<Quote> find(String text) {
    List<Span> sentences = splitter.split(text);
    return finder.find(text, List.of(new Span(0, text.length())), sentences, recognizer.recognize(text, sentences));
  }
}
