package dev.parallax.nlp;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;

/** Quote finding on one-paragraph texts, for the tests of the quote rules. */
final class QuoteFixtures {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Gazetteer.bundled());
  private static final QuoteFinder FINDER = new QuoteFinder();

  private QuoteFixtures() {}

  /** The quotes of {@code text}, taken as one paragraph. */
  static List<Quote> find(String text) {
    return find(text, List.of(new Span(0, text.length())));
  }

  /** The quotes of {@code text} with the given paragraphs. */
  static List<Quote> find(String text, List<Span> paragraphs) {
    List<Span> sentences = SPLITTER.split(text);
    return FINDER.find(text, paragraphs, sentences, RECOGNIZER.recognize(text, sentences));
  }

  /** The sentences of {@code text}. */
  static List<Span> sentences(String text) {
    return SPLITTER.split(text);
  }
}
