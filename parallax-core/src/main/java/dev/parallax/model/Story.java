package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A chain of related events over time (the Finland-Russia border crisis).
 *
 * @param id stable id, never reused or renumbered
 * @param title a short title drawn from its articles' headlines
 * @param events ids of its events, in the order they happened
 */
public record Story(String id, String title, List<String> events) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
  }
}
