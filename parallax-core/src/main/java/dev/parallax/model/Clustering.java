package dev.parallax.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events and stories of a store at one moment: what clustering has decided so far, and
 * every merge and split of ids since the store began ({@code changes}, oldest first).
 */
public record Clustering(List<Event> events, List<Story> stories, List<ClusterChange> changes) {

  public static final Clustering EMPTY = new Clustering(List.of(), List.of());

  public Clustering {
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** A clustering without recorded changes. */
  public Clustering(List<Event> events, List<Story> stories) {
    this(events, stories, List.of());
  }

  /**
   * The number of an event or story id ({@code e12}, {@code s12}: 12), which orders ids by age.
   *
   * @throws IllegalArgumentException if {@code id} is not a letter followed by a number
   */
  public static int number(String id) {
    try {
      return Integer.parseInt(id.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a Parallax cluster id: '" + id + "'", e);
    }
  }

  /**
   * The current id an event or story id stands for: itself when it is current, the survivor
   * when it was merged away (following later merges too); empty when unknown.
   */
  public Optional<String> resolve(String id) {
    Set<String> current = new HashSet<>();
    events.forEach(event -> current.add(event.id()));
    stories.forEach(story -> current.add(story.id()));
    return ClusterChange.resolve(changes, current, id);
  }
}
