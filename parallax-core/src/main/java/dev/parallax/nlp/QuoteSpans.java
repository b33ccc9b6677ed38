package dev.parallax.nlp;

import dev.parallax.model.Span;
import java.util.List;

/** Span helpers shared by the quote rules: trimming a content, testing an offset against quotes. */
final class QuoteSpans {

  private QuoteSpans() {}

  /** The span trimmed of spaces, a leading comma and trailing sentence punctuation. */
  static Span trimmed(String body, int start, int end) {
    while (start < end && (Character.isWhitespace(body.charAt(start)) || body.charAt(start) == ',')) {
      start++;
    }
    while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ".,;:!?".indexOf(body.charAt(end - 1)) >= 0)) {
      end--;
    }
    return new Span(start, end);
  }

  /** Whether the offset lies in one of the spans (a word inside a direct quote is the speaker's). */
  static boolean inside(List<Span> spans, int offset) {
    for (Span span : spans) {
      if (span.start() <= offset && offset < span.end()) {
        return true;
      }
    }
    return false;
  }
}
