package dev.parallax.cluster;

import dev.parallax.model.ClusterChange;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.util.List;
import java.util.Set;

/**
 * What one or more batches changed in a clustering ({@link Clusterer#update()}): the events and
 * stories touched, as they stand now (stories without titles); the ids merged away; and the
 * merges and splits recorded, oldest first. A caller that stores a clustering writes these and
 * nothing else.
 */
public record ClusterUpdate(List<Event> events, List<Story> stories, Set<String> removedEvents,
    Set<String> removedStories, List<ClusterChange> changes) {

  public ClusterUpdate {
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    removedEvents = Set.copyOf(removedEvents);
    removedStories = Set.copyOf(removedStories);
    changes = List.copyOf(changes);
  }
}
