package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
    String text = "Capt. Jo Kinn spoke on Nov. 16 in the U.S. capital. J. R. Smith agreed. \"Is it over?\" he asked.";
    assertEquals(List.of(
        "Capt. Jo Kinn spoke on Nov. 16 in the U.S. capital.",
        "J. R. Smith agreed.",
        "\"Is it over?\" he asked."), texts(text));
  }

  @Test
  void closingQuoteStaysWithItsSentenceAndParagraphsAlwaysSplit() {
    String text = "“We will not wait,” she said. “The offer is late.”\n\nA new paragraph without a full stop";
    assertEquals(List.of("“We will not wait,” she said.", "“The offer is late.”", "A new paragraph without a full stop"),
        texts(text));
  }

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(span -> span.of(text)).toList();
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.<Span>of(), splitter.split("  "));
  }
}
