package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing event during clustering: its members and the sum of their profiles. Not thread-safe. */
final class EventState {

  final String id;
  String story;
  final List<String> members = new ArrayList<>();
  final Centroid centroid = new Centroid();
  private final Map<LocalDate, Integer> dates = new HashMap<>();
  /** The latest day a member dates the happening to, or null. */
  LocalDate lastDate;

  EventState(String id, String story) {
    this.id = id;
    this.story = story;
  }

  void add(ArticleProfile profile) {
    members.add(profile.id());
    centroid.add(profile);
    if (profile.date() != null) {
      dates.merge(profile.date(), 1, Integer::sum);
      if (lastDate == null || profile.date().isAfter(lastDate)) {
        lastDate = profile.date();
      }
    }
  }

  /** Takes in every member of {@code other} (an event merged into this one). */
  void absorb(EventState other) {
    members.addAll(other.members);
    centroid.absorb(other.centroid);
    other.dates.forEach((day, count) -> dates.merge(day, count, Integer::sum));
    if (other.lastDate != null && (lastDate == null || other.lastDate.isAfter(lastDate))) {
      lastDate = other.lastDate;
    }
  }

  /** The day most members date the happening to (the earliest on a tie), or null. */
  LocalDate date() {
    LocalDate best = null;
    int bestCount = 0;
    for (Map.Entry<LocalDate, Integer> entry : dates.entrySet()) {
      if (entry.getValue() > bestCount || (entry.getValue() == bestCount && entry.getKey().isBefore(best))) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }
}
