package dev.parallax.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded change of cluster ids: events (or stories) that became one, or one that was cut
 * in parts. Ids are never renumbered; a merged-away id resolves to the survivor through this
 * record.
 *
 * @param kind {@link Kind#MERGE} or {@link Kind#SPLIT}
 * @param from the ids before: for a merge every id that became one (the survivor first), for a
 *     split the one id that was cut
 * @param to the ids after: for a merge the survivor (the oldest id), for a split the original
 *     id first (on the part keeping most of its articles), then the new parts' fresh ids
 * @param at when the change was made
 * @param cause {@link Cause#INGEST} (a later article bridged two events) or {@link Cause#RECLUSTER}
 * @param article for an ingest merge, the article that bridged them; otherwise null
 */
public record ClusterChange(Kind kind, List<String> from, List<String> to, Instant at, Cause cause, String article) {

  /** What happened to the ids. */
  public enum Kind { MERGE, SPLIT }

  /** What made the change. */
  public enum Cause { INGEST, RECLUSTER }

  public ClusterChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cause, "cause");
    from = List.copyOf(from);
    to = List.copyOf(to);
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalArgumentException("a change needs ids before and after");
    }
  }

  /** Whether this change is about stories (ids {@code s…}) rather than events ({@code e…}). */
  public boolean aboutStories() {
    return from.get(0).startsWith("s");
  }

  /**
   * The id in {@code current} that {@code id} stands for after {@code changes}: itself when
   * current, else the survivor of the merges it went into, followed to a current id; empty
   * when there is none (an unknown id).
   */
  public static Optional<String> resolve(List<ClusterChange> changes, Set<String> current, String id) {
    Map<String, String> mergedInto = new HashMap<>();
    for (ClusterChange change : changes) {
      if (change.kind() == Kind.MERGE) {
        change.from().stream().filter(old -> !old.equals(change.to().get(0)))
            .forEach(old -> mergedInto.put(old, change.to().get(0)));
      }
    }
    Set<String> seen = new HashSet<>();
    String at = id;
    while (!current.contains(at) && mergedInto.containsKey(at) && seen.add(at)) {
      at = mergedInto.get(at);
    }
    return current.contains(at) ? Optional.of(at) : Optional.empty();
  }
}
