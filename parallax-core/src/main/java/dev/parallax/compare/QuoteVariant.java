package dev.parallax.compare;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.Objects;

/**
 * One article's rendering of an utterance: its words ({@code text}, equal to the article body
 * at {@code span}), how the article renders it, and how close its content words are to the
 * group's reference rendering (1 for the reference itself).
 */
public record QuoteVariant(String article, Span span, String text, Quote.Kind kind, Rendering rendering,
    double similarity) {

  /** How a variant renders the utterance, compared with the group's reference rendering. */
  public enum Rendering {
    /** In quotation marks, word for word the reference or a part of it. */
    VERBATIM,
    /** In quotation marks, in other words (another translation, an edit). */
    VARIANT,
    /** Reported speech, not in quotation marks. */
    INDIRECT
  }

  public QuoteVariant {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rendering, "rendering");
  }
}
