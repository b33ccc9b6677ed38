package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.Fixtures;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.nlp.Annotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClustererTest {

  private static final Annotator ANNOTATOR = Annotator.standard();
  private static final AnnotatedArticle STRIKE_HERALD = load("/dev/parallax/extract/text/menu-byline-caption-footer.txt");
  private static final AnnotatedArticle STRIKE_WIRE = load("/dev/parallax/cluster/strike-begins-wire.txt");
  private static final AnnotatedArticle TALKS_WIRE = load("/dev/parallax/extract/text/masthead-published-subscribe.txt");
  private static final AnnotatedArticle TALKS_TIMES = load("/dev/parallax/cluster/talks-agreed-times.txt");
  private static final AnnotatedArticle DAM_ROUNDUP = load("/dev/parallax/extract/text/roundup.txt");
  private static final AnnotatedArticle DAM_UNDATED = load("/dev/parallax/extract/text/no-headline-credit-line.txt");
  private static final List<AnnotatedArticle> ALL =
      List.of(STRIKE_HERALD, STRIKE_WIRE, TALKS_WIRE, TALKS_TIMES, DAM_ROUNDUP, DAM_UNDATED);

  @Test
  void articlesFormEventsAndEventsFormStories() {
    Clustering clustering = cluster(ALL);
    Set<Set<String>> events = clustering.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    assertEquals(Set.of(
        Set.of(STRIKE_HERALD.id(), STRIKE_WIRE.id()),
        Set.of(TALKS_WIRE.id(), TALKS_TIMES.id()),
        Set.of(DAM_ROUNDUP.id(), DAM_UNDATED.id())), events);
    Map<String, String> storyOf = new java.util.HashMap<>();
    clustering.events().forEach(e -> e.articles().forEach(id -> storyOf.put(id, e.story())));
    assertEquals(storyOf.get(STRIKE_HERALD.id()), storyOf.get(TALKS_TIMES.id()));
    assertNotEquals(storyOf.get(STRIKE_HERALD.id()), storyOf.get(DAM_ROUNDUP.id()));
    assertEquals(2, clustering.stories().size());
  }

  @Test
  void eventsAreDatedByTheDayTheyHappened() {
    Map<Set<String>, LocalDate> dates = cluster(ALL).events().stream()
        .collect(Collectors.toMap(e -> Set.copyOf(e.articles()), Event::date));
    assertEquals(LocalDate.of(2025, 3, 3), dates.get(Set.of(STRIKE_HERALD.id(), STRIKE_WIRE.id())));
    assertEquals(LocalDate.of(2025, 3, 6), dates.get(Set.of(TALKS_WIRE.id(), TALKS_TIMES.id())));
    assertEquals(LocalDate.of(2025, 5, 15), dates.get(Set.of(DAM_ROUNDUP.id(), DAM_UNDATED.id())));
  }

  @Test
  void inputOrderDoesNotChangeTheOutcome() {
    List<AnnotatedArticle> reversed = new ArrayList<>(ALL);
    Collections.reverse(reversed);
    assertEquals(cluster(ALL), cluster(reversed));
  }

  @Test
  void resumedClustererKeepsIdsAndContinuesAsTheOneThatNeverStopped() {
    Clusterer first = Clusterer.create(Clusterer.Settings.DEFAULTS);
    first.add(List.of(STRIKE_HERALD, TALKS_TIMES, DAM_ROUNDUP));
    Clustering before = first.clustering();

    Clusterer resumed = Clusterer.resume(Clusterer.Settings.DEFAULTS, before, List.of(STRIKE_HERALD, TALKS_TIMES, DAM_ROUNDUP));
    assertEquals(before, resumed.clustering());
    resumed.add(List.of(STRIKE_WIRE, TALKS_WIRE, DAM_UNDATED));
    first.add(List.of(STRIKE_WIRE, TALKS_WIRE, DAM_UNDATED));
    Clustering after = resumed.clustering();
    assertEquals(first.clustering(), after);
    for (Event old : before.events()) {
      Event kept = after.events().stream().filter(e -> e.id().equals(old.id())).findFirst().orElseThrow();
      assertEquals(old.articles().get(0), kept.articles().get(0));
      assertEquals(old.story(), kept.story());
    }
  }

  @Test
  void addingAnArticleTwiceChangesNothing() {
    Clusterer clusterer = Clusterer.create(Clusterer.Settings.DEFAULTS);
    clusterer.add(List.of(STRIKE_HERALD));
    Clustering once = clusterer.clustering();
    clusterer.add(List.of(STRIKE_HERALD));
    assertEquals(once, clusterer.clustering());
  }

  @Test
  void impossibleSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Clusterer.Settings(0.1, 0.2, 2, 30, 0.4, 0.08, 0.7));
    assertThrows(IllegalArgumentException.class, () -> new Clusterer.Settings(0.3, 0.1, 5, 2, 0.4, 0.08, 0.7));
    assertThrows(IllegalArgumentException.class, () -> Clusterer.Settings.DEFAULTS.withSplitMarkers(-1));
    assertThrows(IllegalArgumentException.class, () -> Clusterer.Settings.DEFAULTS.withMergeRatio(0));
  }

  @Test
  void theSplitTestIsOnAndTheMergeBackOffByDefault() {
    Clusterer.Settings settings = Clusterer.Settings.DEFAULTS;
    assertEquals(3, settings.splitMarkers());
    assertEquals(2.0, settings.mergeRatio());
    Clusterer.Settings tuned = settings.withSplitMarkers(5).withMergeRatio(0.8).withGrouping(0.1, 0.6);
    assertEquals(5, tuned.splitMarkers());
    assertEquals(0.8, tuned.mergeRatio());
    assertEquals(0.6, tuned.splitRatio());
  }

  private static Clustering cluster(List<AnnotatedArticle> articles) {
    Clusterer clusterer = Clusterer.create(Clusterer.Settings.DEFAULTS);
    clusterer.add(articles);
    return clusterer.clustering();
  }

  private static AnnotatedArticle load(String resource) {
    return ANNOTATOR.annotate(Fixtures.article(resource));
  }
}
