package dev.parallax.compare;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * Where one article states a fact: the sentence, the article's stance, and the figure it gives
 * when the fact is a number.
 *
 * @param figure the words of the figure ("830-mile"), or null when the fact is not a number
 */
public record FactStatement(String article, Span span, Stance stance, String figure) {

  public FactStatement {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(stance, "stance");
  }

  /** How an article puts a fact. */
  public enum Stance {
    /** In the outlet's own voice. */
    STATED,
    /** Reported as someone's words or claim. */
    ATTRIBUTED,
    /** Its figure cannot be true together with another article's. */
    CONTRADICTED
  }
}
