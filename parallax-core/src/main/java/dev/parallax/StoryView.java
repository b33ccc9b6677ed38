package dev.parallax;

import dev.parallax.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * Everything a story page shows: the story's stored analysis, its summary, its events' stored
 * analyses (by date, undated last) and the articles they cover, in event order.
 */
public record StoryView(Analysis.StoryReport story, StorySummary summary, List<Analysis.EventReport> events,
    List<Article> articles) {
  public StoryView {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(summary, "summary");
    events = List.copyOf(events);
    articles = List.copyOf(articles);
  }

  /** Articles per day over the story's events: the publication day, or the event's day for an undated article. */
  public java.util.SortedMap<java.time.LocalDate, Integer> coverage() {
    return StorySummary.coverage(events);
  }
}
