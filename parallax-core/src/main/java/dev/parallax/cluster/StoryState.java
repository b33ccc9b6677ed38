package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A growing story during clustering: its events and the sum of their articles' profiles. Not thread-safe. */
final class StoryState {

  final String id;
  final List<EventState> events = new ArrayList<>();
  final Centroid centroid = new Centroid();
  private LocalDate lastDate;

  StoryState(String id) {
    this.id = id;
  }

  void add(ArticleProfile profile, Vocabulary vocabulary) {
    centroid.add(profile, vocabulary);
    if (profile.date() != null && (lastDate == null || profile.date().isAfter(lastDate))) {
      lastDate = profile.date();
    }
  }

  /** The latest day any of its articles dates its happening to, or null when none is dated. */
  LocalDate lastDate() {
    return lastDate;
  }
}
