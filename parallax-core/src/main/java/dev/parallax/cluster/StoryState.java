package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /** Takes in the events and articles of {@code other} (a story merged into this one). */
  void absorb(StoryState other, Vocabulary vocabulary) {
    events.addAll(other.events);
    centroid.absorb(other.centroid, vocabulary);
    if (other.lastDate != null && (lastDate == null || other.lastDate.isAfter(lastDate))) {
      lastDate = other.lastDate;
    }
  }

  /**
   * Takes in the articles of an event moved here from another story (merged into one of this
   * story's events); that story's vector keeps them until it closes.
   */
  void absorb(EventState event, Vocabulary vocabulary) {
    centroid.absorb(event.centroid, vocabulary);
    if (event.lastDate != null && (lastDate == null || event.lastDate.isAfter(lastDate))) {
      lastDate = event.lastDate;
    }
  }

  /** Writes the story; its events as ids, which {@link #read} resolves. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeUTF(id);
    out.writeInt(events.size());
    for (EventState event : events) {
      out.writeUTF(event.id);
    }
    centroid.write(out);
    Checkpoints.writeDay(out, lastDate);
  }

  /** A story as {@link #write} wrote it, its events looked up in {@code events}. */
  static StoryState read(java.io.DataInputStream in, Map<String, EventState> events) throws java.io.IOException {
    StoryState story = new StoryState(in.readUTF());
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      String id = in.readUTF();
      EventState event = events.get(id);
      if (event == null) {
        throw new java.io.IOException("checkpoint: story " + story.id + " names event " + id + " not written");
      }
      story.events.add(event);
    }
    story.centroid.read(in);
    story.lastDate = Checkpoints.readDay(in);
    return story;
  }

  /** The latest day any of its articles dates its happening to, or null when none is dated. */
  LocalDate lastDate() {
    return lastDate;
  }
}
