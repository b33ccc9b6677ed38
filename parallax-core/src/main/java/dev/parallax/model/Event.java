package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One happening (the Kremlin's reaction on 29 November), reported by one or more articles.
 *
 * @param id stable id, never reused or renumbered
 * @param date the day it happened, or null when no article dates it
 * @param articles ids of the member articles, in arrival order
 * @param story id of the story it belongs to
 */
public record Event(String id, LocalDate date, List<String> articles, String story) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
  }
}
