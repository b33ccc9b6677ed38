package dev.parallax.brief;

import java.util.List;
import java.util.Objects;

/** A sentence of a brief and the article spans it rests on (at least one). */
public record BriefSentence(String text, List<Citation> citations) {
  public BriefSentence {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a brief sentence needs a citation: '" + text + "'");
    }
  }
}
