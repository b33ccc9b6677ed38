package dev.parallax.compare;

import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Developments ordered by the day they happened, each with the sentences that date it. */
public record Timeline(List<Entry> entries) {

  public Timeline {
    entries = List.copyOf(entries);
  }

  /**
   * One day: a representative sentence (verbatim, from the first source) and every article
   * sentence that names this day.
   */
  public record Entry(LocalDate date, String text, List<Source> sources) {
    public Entry {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("a timeline entry needs a source: " + date);
      }
    }
  }

  /** A sentence of an article. */
  public record Source(String article, Span span) {
    public Source {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(span, "span");
    }
  }
}
