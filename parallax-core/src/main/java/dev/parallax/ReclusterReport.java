package dev.parallax;

import dev.parallax.model.ClusterChange;
import java.util.List;

/**
 * What a {@link Parallax#recluster()} did.
 *
 * @param articles articles re-clustered
 * @param eventsBefore events before, and after ({@code eventsAfter})
 * @param storiesBefore stories before, and after ({@code storiesAfter})
 * @param changes the merges and splits it recorded, events first
 * @param stored whether it stored a new clustering (false: the batch grouping was the stored one)
 */
public record ReclusterReport(int articles, int eventsBefore, int eventsAfter, int storiesBefore, int storiesAfter,
    List<ClusterChange> changes, boolean stored) {

  public ReclusterReport {
    changes = List.copyOf(changes);
  }

  /** How many recorded changes are of this kind. */
  public long count(ClusterChange.Kind kind) {
    return changes.stream().filter(change -> change.kind() == kind).count();
  }
}
