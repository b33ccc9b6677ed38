package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A growing event during clustering: its members and the sum of their profiles. Not thread-safe. */
final class EventState {

  final String id;
  /** The number of the id ({@code e12}: 12), for ordering. */
  final int number;
  String story;
  final List<String> members = new ArrayList<>();
  final Centroid centroid = new Centroid();
  private final Map<LocalDate, Integer> dates = new HashMap<>();
  /** The latest day a member dates the happening to, or null. */
  LocalDate lastDate;
  /** The day most members date the happening to (the earliest on a tie), kept as members arrive. */
  private LocalDate commonDate;
  private int commonDateCount;
  /** Scratch of candidate retrieval: the index keys shared with the article of retrieval {@link #round}. */
  int round = -1;
  int sharedKeys;

  EventState(String id, int number, String story) {
    this.id = id;
    this.number = number;
    this.story = story;
  }

  void add(ArticleProfile profile, Vocabulary vocabulary) {
    members.add(profile.id());
    centroid.add(profile, vocabulary);
    if (profile.date() != null) {
      int count = dates.merge(profile.date(), 1, Integer::sum);
      if (count > commonDateCount || (count == commonDateCount && profile.date().isBefore(commonDate))) {
        commonDate = profile.date();
        commonDateCount = count;
      }
      if (lastDate == null || profile.date().isAfter(lastDate)) {
        lastDate = profile.date();
      }
    }
  }

  /** Takes in every member of {@code other} (an event merged into this one). */
  void absorb(EventState other, Vocabulary vocabulary) {
    members.addAll(other.members);
    centroid.absorb(other.centroid, vocabulary);
    other.dates.forEach((day, count) -> dates.merge(day, count, Integer::sum));
    if (other.lastDate != null && (lastDate == null || other.lastDate.isAfter(lastDate))) {
      lastDate = other.lastDate;
    }
  }

  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeUTF(id);
    out.writeInt(number);
    out.writeUTF(story);
    out.writeInt(members.size());
    for (String member : members) {
      out.writeUTF(member);
    }
    centroid.write(out);
    java.util.TreeMap<LocalDate, Integer> sorted = new java.util.TreeMap<>(dates);
    out.writeInt(sorted.size());
    for (Map.Entry<LocalDate, Integer> entry : sorted.entrySet()) {
      out.writeLong(entry.getKey().toEpochDay());
      out.writeInt(entry.getValue());
    }
    Checkpoints.writeDay(out, lastDate);
    Checkpoints.writeDay(out, commonDate);
    out.writeInt(commonDateCount);
  }

  /** An event as {@link #write} wrote it. */
  static EventState read(java.io.DataInputStream in) throws java.io.IOException {
    EventState event = new EventState(in.readUTF(), in.readInt(), in.readUTF());
    int members = in.readInt();
    for (int i = 0; i < members; i++) {
      event.members.add(in.readUTF());
    }
    event.centroid.read(in);
    int days = in.readInt();
    for (int i = 0; i < days; i++) {
      event.dates.put(LocalDate.ofEpochDay(in.readLong()), in.readInt());
    }
    event.lastDate = Checkpoints.readDay(in);
    event.commonDate = Checkpoints.readDay(in);
    event.commonDateCount = in.readInt();
    return event;
  }

  /** The day most members date the happening to (the earliest on a tie), or null. */
  LocalDate date() {
    return commonDate;
  }
}
