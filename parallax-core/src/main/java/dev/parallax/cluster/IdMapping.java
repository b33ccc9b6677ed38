package dev.parallax.cluster;

import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives the groups of a new clustering of the same articles the ids users have already seen.
 * Each new group takes the old id it shares most articles with (greedy maximum overlap: the
 * largest overlaps are matched first, ties to the older id, one old id per new group); new
 * groups left over get fresh ids, never used before. An old id that keeps no group was merged
 * into the group holding most of its articles (a {@link ClusterChange.Kind#MERGE}); a fresh
 * group cut from an old one that kept its id is a {@link ClusterChange.Kind#SPLIT} of it. An
 * article moving from one kept id to another is no change record. Events are mapped first,
 * then stories by the articles of their events.
 */
public final class IdMapping {

  private IdMapping() {}

  /**
   * {@code fresh} (ids of its own, as a new clusterer numbers them) with the ids of {@code old}
   * kept, and the changes this makes appended to those of {@code old}. Members keep the order
   * they had in {@code old}; articles new to it come after, in {@code fresh}'s order.
   */
  public static Clustering map(Clustering old, Clustering fresh, Instant at) {
    Map<String, Integer> rank = new HashMap<>();
    old.events().forEach(event -> event.articles().forEach(id -> rank.putIfAbsent(id, rank.size())));
    fresh.events().forEach(event -> event.articles().forEach(id -> rank.putIfAbsent(id, rank.size())));
    int[] next = nextNumbers(old);
    List<ClusterChange> changes = new ArrayList<>(old.changes());

    Map<String, Set<String>> oldEvents = new LinkedHashMap<>();
    old.events().forEach(event -> oldEvents.put(event.id(), Set.copyOf(event.articles())));
    List<Set<String>> freshEvents = fresh.events().stream().map(event -> (Set<String>) Set.copyOf(event.articles())).toList();
    List<String> eventIds = assign(oldEvents, freshEvents, "e", next, 0, at, changes);
    Map<String, String> eventId = new HashMap<>();
    for (int i = 0; i < eventIds.size(); i++) {
      eventId.put(fresh.events().get(i).id(), eventIds.get(i));
    }

    Map<String, Set<String>> oldStories = new LinkedHashMap<>();
    Map<String, Event> oldEventById = new HashMap<>();
    old.events().forEach(event -> oldEventById.put(event.id(), event));
    for (Story story : old.stories()) {
      Set<String> articles = new HashSet<>();
      story.events().stream().map(oldEventById::get).filter(e -> e != null).forEach(e -> articles.addAll(e.articles()));
      oldStories.put(story.id(), articles);
    }
    Map<String, Set<String>> freshStoryArticles = new LinkedHashMap<>();
    fresh.stories().forEach(story -> freshStoryArticles.put(story.id(), new HashSet<>()));
    fresh.events().forEach(event -> freshStoryArticles.get(event.story()).addAll(event.articles()));
    List<String> storyIds = assign(oldStories, List.copyOf(freshStoryArticles.values()), "s", next, 1, at, changes);
    Map<String, String> storyId = new HashMap<>();
    for (int i = 0; i < storyIds.size(); i++) {
      storyId.put(fresh.stories().get(i).id(), storyIds.get(i));
    }

    Map<String, Integer> oldEventOrder = order(old.events().stream().map(Event::id).toList());
    List<Event> events = new ArrayList<>();
    for (Event event : fresh.events()) {
      List<String> members = event.articles().stream().sorted(Comparator.comparing(rank::get)).toList();
      events.add(new Event(eventId.get(event.id()), event.date(), members, storyId.get(event.story())));
    }
    events.sort(Comparator.comparing((Event event) -> oldEventOrder.getOrDefault(event.id(), Integer.MAX_VALUE))
        .thenComparing(event -> Clustering.number(event.id())));
    Map<String, Event> byId = new HashMap<>();
    events.forEach(event -> byId.put(event.id(), event));
    Map<String, Integer> oldStoryOrder = order(old.stories().stream().map(Story::id).toList());
    List<Story> stories = new ArrayList<>();
    for (Story story : fresh.stories()) {
      List<String> members = story.events().stream().map(eventId::get)
          .sorted(Comparator.comparing((String id) -> byId.get(id).date(), Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(Clustering::number))
          .toList();
      stories.add(new Story(storyId.get(story.id()), story.title(), members));
    }
    stories.sort(Comparator.comparing((Story story) -> oldStoryOrder.getOrDefault(story.id(), Integer.MAX_VALUE))
        .thenComparing(story -> Clustering.number(story.id())));
    return new Clustering(events, stories, changes);
  }

  /**
   * The final id of each new group, by the rule of the class; records the merges and splits
   * in {@code changes}. {@code next[slot]} is the next fresh number for {@code prefix}.
   */
  static List<String> assign(Map<String, Set<String>> oldGroups, List<Set<String>> newGroups, String prefix,
      int[] next, int slot, Instant at, List<ClusterChange> changes) {
    Map<String, String> ownerOf = new HashMap<>();
    oldGroups.forEach((id, articles) -> articles.forEach(article -> ownerOf.put(article, id)));
    List<Map<String, Integer>> overlaps = new ArrayList<>();
    record Pair(int group, String old, int shared) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < newGroups.size(); i++) {
      Map<String, Integer> shared = new HashMap<>();
      for (String article : newGroups.get(i)) {
        String owner = ownerOf.get(article);
        if (owner != null) {
          shared.merge(owner, 1, Integer::sum);
        }
      }
      overlaps.add(shared);
      int group = i;
      shared.forEach((old, count) -> pairs.add(new Pair(group, old, count)));
    }
    pairs.sort(Comparator.comparingInt(Pair::shared).reversed()
        .thenComparing(pair -> Clustering.number(pair.old()))
        .thenComparingInt(Pair::group));
    String[] ids = new String[newGroups.size()];
    Set<String> taken = new HashSet<>();
    for (Pair pair : pairs) {
      if (ids[pair.group()] == null && !taken.contains(pair.old())) {
        ids[pair.group()] = pair.old();
        taken.add(pair.old());
      }
    }
    Map<String, List<String>> splits = new TreeMap<>(Comparator.comparing(Clustering::number));
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == null) {
        ids[i] = prefix + next[slot]++;
        String source = largest(overlaps.get(i));
        if (source != null) {
          splits.computeIfAbsent(source, k -> new ArrayList<>()).add(ids[i]);
        }
      }
    }
    Map<String, List<String>> merges = new TreeMap<>(Comparator.comparing(Clustering::number));
    for (String old : oldGroups.keySet()) {
      if (taken.contains(old)) {
        continue;
      }
      int best = -1;
      int bestShared = 0;
      for (int i = 0; i < ids.length; i++) {
        int shared = overlaps.get(i).getOrDefault(old, 0);
        if (shared > bestShared || (shared == bestShared && shared > 0 && Clustering.number(ids[i]) < Clustering.number(ids[best]))) {
          best = i;
          bestShared = shared;
        }
      }
      if (best >= 0) {
        merges.computeIfAbsent(ids[best], k -> new ArrayList<>()).add(old);
      }
    }
    merges.forEach((survivor, absorbed) -> {
      List<String> from = new ArrayList<>(List.of(survivor));
      absorbed.stream().sorted(Comparator.comparing(Clustering::number)).forEach(from::add);
      changes.add(new ClusterChange(ClusterChange.Kind.MERGE, from, List.of(survivor), at,
          ClusterChange.Cause.RECLUSTER, null));
    });
    splits.forEach((original, parts) -> {
      List<String> to = new ArrayList<>(List.of(original));
      to.addAll(parts);
      changes.add(new ClusterChange(ClusterChange.Kind.SPLIT, List.of(original), to, at,
          ClusterChange.Cause.RECLUSTER, null));
    });
    return List.of(ids);
  }

  /** The old id sharing most articles (ties to the older), or null when none is shared. */
  private static String largest(Map<String, Integer> shared) {
    return shared.entrySet().stream()
        .max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
            .thenComparing(entry -> -Clustering.number(entry.getKey())))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** The next unused event and story numbers: past every current id and every id a change names. */
  private static int[] nextNumbers(Clustering clustering) {
    int[] next = {1, 1};
    Set<String> ids = new LinkedHashSet<>();
    clustering.events().forEach(event -> ids.add(event.id()));
    clustering.stories().forEach(story -> ids.add(story.id()));
    clustering.changes().forEach(change -> {
      ids.addAll(change.from());
      ids.addAll(change.to());
    });
    for (String id : ids) {
      int slot = id.startsWith("e") ? 0 : 1;
      next[slot] = Math.max(next[slot], Clustering.number(id) + 1);
    }
    return next;
  }

  private static Map<String, Integer> order(List<String> ids) {
    Map<String, Integer> order = new HashMap<>();
    ids.forEach(id -> order.putIfAbsent(id, order.size()));
    return order;
  }
}
