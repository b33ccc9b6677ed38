package dev.parallax.compare;

import dev.parallax.model.PublicationTime;
import java.util.List;
import java.util.Objects;

/**
 * Who reported an event or story, and when: one report per article, earliest first (undated
 * last), the number of named outlets, and the article that was first.
 *
 * @param first id of the earliest dated article, or null when none is dated
 */
public record Coverage(List<Report> reports, int outlets, String first) {

  public Coverage {
    reports = List.copyOf(reports);
  }

  /** One article: its outlet (null when unknown), publication time (null when not printed) and wire credits. */
  public record Report(String article, String outlet, PublicationTime published, List<String> credits) {
    public Report {
      Objects.requireNonNull(article, "article");
      credits = List.copyOf(credits);
    }
  }
}
