package dev.parallax.compare;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.Objects;

/**
 * One article's rendering of an utterance: its words ({@code text}, equal to the article body
 * at {@code span}), and how close it is to the group's first rendering (1 for the first).
 */
public record QuoteVariant(String article, Span span, String text, Quote.Kind kind, double similarity) {
  public QuoteVariant {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
