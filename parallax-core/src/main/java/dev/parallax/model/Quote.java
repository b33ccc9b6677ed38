package dev.parallax.model;

import java.util.Objects;

/**
 * Something a speaker said, as one article renders it.
 *
 * @param content the quoted words in the body (inside the quotation marks for direct quotes)
 * @param speaker canonical name of the speaker, or null when the rules found none
 * @param speakerSpan the words naming the speaker in the body ("he", "Peskov"), or null
 * @param cue the reporting verb ("said", "told"), or null
 * @param kind direct (verbatim in quotation marks) or indirect (reported speech)
 */
public record Quote(Span content, String speaker, Span speakerSpan, String cue, Kind kind) {

  public Quote {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the article presents the words as verbatim. */
  public enum Kind {
    DIRECT,
    INDIRECT
  }
}
