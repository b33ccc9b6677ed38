package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/** What the articles of an event or story agree on, where they differ, how they word it, and when things happened. */
public record Comparison(Coverage coverage, List<Fact> facts, Framing framing, Timeline timeline) {

  public Comparison {
    Objects.requireNonNull(coverage, "coverage");
    facts = List.copyOf(facts);
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(timeline, "timeline");
  }
}
