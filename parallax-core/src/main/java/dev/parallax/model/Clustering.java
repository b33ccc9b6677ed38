package dev.parallax.model;

import java.util.List;

/** The events and stories of a store at one moment: what clustering has decided so far. */
public record Clustering(List<Event> events, List<Story> stories) {

  public static final Clustering EMPTY = new Clustering(List.of(), List.of());

  public Clustering {
    events = List.copyOf(events);
    stories = List.copyOf(stories);
  }
}
