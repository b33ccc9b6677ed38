package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing story during clustering: its events, compared through their summed profiles. */
final class StoryState {

  final String id;
  final List<EventState> events = new ArrayList<>();

  StoryState(String id) {
    this.id = id;
  }

  Map<String, Double> words() {
    Map<String, Double> words = new HashMap<>();
    for (EventState event : events) {
      event.words.forEach((word, weight) -> words.merge(word, weight, Double::sum));
    }
    return words;
  }

  Map<String, Integer> entities() {
    Map<String, Integer> entities = new HashMap<>();
    for (EventState event : events) {
      event.entities.forEach((entity, count) -> entities.merge(entity, count, Integer::sum));
    }
    return entities;
  }

  int articleCount() {
    return events.stream().mapToInt(event -> event.members.size()).sum();
  }

  /** The latest day of its events, or null when none is dated. */
  LocalDate lastDate() {
    LocalDate last = null;
    for (EventState event : events) {
      LocalDate date = event.date();
      if (date != null && (last == null || date.isAfter(last))) {
        last = date;
      }
    }
    return last;
  }
}
