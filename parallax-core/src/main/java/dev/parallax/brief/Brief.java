package dev.parallax.brief;

import java.util.List;
import java.util.Objects;

/** A neutral multi-source summary of a story: a title and cited sentences, in event order. */
public record Brief(String title, List<BriefSentence> sentences) {
  public Brief {
    Objects.requireNonNull(title, "title");
    sentences = List.copyOf(sentences);
  }
}
