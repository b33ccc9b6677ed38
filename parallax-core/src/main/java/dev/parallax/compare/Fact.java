package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * A statement aligned across the articles of an event or story, and how each article stands
 * to it.
 *
 * @param text the statement in the words of its most central article (verbatim), or for a
 *     conflict a short account of the differing figures
 * @param kind agreed (stated by two or more independent origins), partial (by one only), or
 *     conflict (figures of the same measure that cannot both be true)
 * @param statements where each article states it, one or more per article
 * @param absent ids of the articles in scope that do not state it
 */
public record Fact(String text, Kind kind, List<FactStatement> statements, List<String> absent) {

  public Fact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    statements = List.copyOf(statements);
    absent = List.copyOf(absent);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a fact rests on at least one statement: " + text);
    }
  }

  /** The ids of the articles stating it, in order of first statement. */
  public List<String> articles() {
    return statements.stream().map(FactStatement::article).distinct().toList();
  }

  /** How widely a fact is reported. */
  public enum Kind {
    AGREED,
    PARTIAL,
    CONFLICT
  }
}
