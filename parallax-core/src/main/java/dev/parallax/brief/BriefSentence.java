package dev.parallax.brief;

import java.util.List;
import java.util.Objects;

/** A sentence of a brief, the part of the brief it belongs to, and the article spans it rests on (at least one). */
public record BriefSentence(String text, Section section, List<Citation> citations) {
  public BriefSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a brief sentence needs a citation: '" + text + "'");
    }
  }

  /** The parts of a brief, in reading order. */
  public enum Section {
    /** What happened: one sentence per event, and the facts most sources agree on. */
    SUMMARY("Brief"),
    /** Developments by the day they happened. */
    TIMELINE("Timeline"),
    /** Key quotes, with how many wordings the outlets gave them. */
    QUOTES("Key quotes"),
    /** Where sources differ: conflicting figures and word choices. */
    DIFFERENCES("Where sources differ");

    private final String title;

    Section(String title) {
      this.title = title;
    }

    /** The heading a reader sees above the section. */
    public String title() {
      return title;
    }
  }
}
