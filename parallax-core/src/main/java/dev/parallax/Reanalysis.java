package dev.parallax;

import dev.parallax.cluster.ClusterUpdate;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import dev.parallax.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The analyses one commit stores: those of the events and stories it touched, computed from
 * their members ({@link Analyst}); every other stored analysis stays as it is. Annotations come
 * from the commit's own articles, else from the store. Not thread-safe; one per commit.
 */
final class Reanalysis {

  private final Store store;
  private final Analyst analyst;
  private final Map<String, AnnotatedArticle> known;
  /** Changes this commit records (not yet in the store's log). */
  private final List<ClusterChange> pending;
  private final Map<String, Analysis.EventReport> events = new LinkedHashMap<>();
  private final List<Store.StoryRecord> stories = new ArrayList<>();

  Reanalysis(Store store, Analyst analyst, Map<String, AnnotatedArticle> known, List<ClusterChange> pending) {
    this.store = store;
    this.analyst = analyst;
    this.known = new HashMap<>(known);
    this.pending = List.copyOf(pending);
  }

  /**
   * Analyses what an ingest touched: the events and stories of the clusterer's update, and
   * stored events whose member was replaced by a new version outside the clusterer's memory
   * (with their stories).
   */
  void touch(ClusterUpdate update, Collection<Event> renamed) {
    Map<String, Event> touched = new LinkedHashMap<>();
    update.events().forEach(event -> touched.put(event.id(), event));
    renamed.forEach(event -> touched.putIfAbsent(event.id(), event));
    Map<String, Story> touchedStories = new LinkedHashMap<>();
    update.stories().forEach(story -> touchedStories.put(story.id(), story));
    for (Event event : renamed) {
      if (!touchedStories.containsKey(event.story())) {
        store.story(event.story()).ifPresent(report -> touchedStories.put(event.story(), report.story()));
      }
    }
    compute(touched.values(), touchedStories.values());
  }

  /**
   * Analyses what a re-clustering changed: the events of {@code after} whose members or story
   * differ from {@code before} or that a pending change names, and the stories holding them,
   * differing, or named.
   */
  void replace(Clustering before, Clustering after) {
    Map<String, Event> old = new HashMap<>();
    before.events().forEach(event -> old.put(event.id(), event));
    List<Event> touched = after.events().stream()
        .filter(event -> !event.equals(old.get(event.id())) || named(event.id())).toList();
    Set<String> touchedIds = new java.util.HashSet<>();
    touched.forEach(event -> touchedIds.add(event.id()));
    Map<String, List<String>> oldStories = new HashMap<>();
    before.stories().forEach(story -> oldStories.put(story.id(), story.events()));
    List<Story> touchedStories = after.stories().stream()
        .filter(story -> !story.events().equals(oldStories.get(story.id())) || named(story.id())
            || story.events().stream().anyMatch(touchedIds::contains))
        .toList();
    compute(touched, touchedStories);
  }

  private boolean named(String id) {
    return pending.stream().anyMatch(change -> change.from().contains(id) || change.to().contains(id));
  }

  private void compute(Collection<Event> touched, Collection<Story> touchedStories) {
    for (Event event : touched) {
      events.put(event.id(), analyst.event(event, load(event.articles()), changesNaming(List.of(event.id()))));
    }
    for (Story story : touchedStories) {
      Map<String, Analysis.EventReport> stored = new HashMap<>();
      store.events(story.events().stream().filter(id -> !events.containsKey(id)).toList())
          .forEach(report -> stored.put(report.event().id(), report));
      List<Analysis.EventReport> members = story.events().stream()
          .map(id -> events.containsKey(id) ? events.get(id) : stored.get(id))
          .filter(Objects::nonNull).toList();
      List<String> named = new ArrayList<>(story.events());
      named.add(story.id());
      Analysis.StoryReport report = analyst.story(story, members, this::load, changesNaming(named));
      stories.add(new Store.StoryRecord(report, StorySummary.of(report, StorySummary.displayOrder(members))));
    }
  }

  /** The stored changes naming any of {@code ids}, then this commit's. */
  private List<ClusterChange> changesNaming(List<String> ids) {
    return Stream.concat(store.changesNaming(ids).stream(),
        pending.stream().filter(c -> c.from().stream().anyMatch(ids::contains) || c.to().stream().anyMatch(ids::contains)))
        .toList();
  }

  /** The annotated articles of these ids, in this order: the commit's own, else the stored ones. */
  private List<AnnotatedArticle> load(List<String> ids) {
    List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      store.annotated(missing).forEach(article -> known.put(article.id(), article));
    }
    return ids.stream().map(known::get).filter(Objects::nonNull).toList();
  }

  List<Analysis.EventReport> events() {
    return List.copyOf(events.values());
  }

  List<Store.StoryRecord> stories() {
    return List.copyOf(stories);
  }
}
