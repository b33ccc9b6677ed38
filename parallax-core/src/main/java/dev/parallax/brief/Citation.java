package dev.parallax.brief;

import dev.parallax.model.Span;
import java.util.Objects;

/** The place in an article a brief sentence rests on. */
public record Citation(String article, Span span) {
  public Citation {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
  }
}
