package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Fixtures;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.nlp.Annotator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeMergeTest {

  private static final Annotator ANNOTATOR = Annotator.standard();
  /** Entities alone decide joining, so the two one-name reports of the flood start apart. */
  static final Clusterer.Settings ENTITIES_ONLY = Clusterer.Settings.DEFAULTS.withEntityWeight(1.0);
  private static final AnnotatedArticle COUNCIL = load("council");
  private static final AnnotatedArticle BRIGADE = load("brigade");
  private static final AnnotatedArticle BOTH = load("both");
  private static final Instant NOW = Instant.parse("2025-03-11T08:00:00Z");

  @Test
  void anArticleBridgingTwoEventsMergesThemUnderTheOlderId() {
    Clusterer clusterer = Clusterer.create(ENTITIES_ONLY).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    clusterer.add(List.of(COUNCIL, BRIGADE));
    Clustering before = clusterer.clustering();
    assertEquals(2, before.events().size(), before.toString());
    assertEquals(2, before.stories().size(), before.toString());

    clusterer.add(List.of(BOTH));
    Clustering after = clusterer.clustering();
    assertEquals(1, after.events().size(), after.toString());
    assertEquals("e1", after.events().get(0).id());
    assertEquals(List.of(COUNCIL.id(), BRIGADE.id(), BOTH.id()).stream().sorted().toList(),
        after.events().get(0).articles().stream().sorted().toList());
    assertEquals(List.of(
        new ClusterChange(ClusterChange.Kind.MERGE, List.of("e1", "e2"), List.of("e1"), NOW,
            ClusterChange.Cause.INGEST, BOTH.id()),
        new ClusterChange(ClusterChange.Kind.MERGE, List.of("s1", "s2"), List.of("s1"), NOW,
            ClusterChange.Cause.INGEST, BOTH.id())), after.changes());
    assertEquals("s1", after.events().get(0).story());
    assertEquals(List.of("s1"), after.stories().stream().map(s -> s.id()).toList());
    assertEquals("e1", after.resolve("e2").orElseThrow());
    assertEquals("s1", after.resolve("s2").orElseThrow());
  }

  @Test
  void aResumedClustererKeepsTheChangesAndNeverReusesAMergedId() {
    Clusterer clusterer = Clusterer.create(ENTITIES_ONLY);
    clusterer.add(List.of(COUNCIL, BRIGADE));
    clusterer.add(List.of(BOTH));
    Clustering merged = clusterer.clustering();

    Clusterer resumed = Clusterer.resume(ENTITIES_ONLY, merged, List.of(COUNCIL, BRIGADE, BOTH));
    assertEquals(merged, resumed.clustering());
    resumed.add(List.of(annotate("/dev/parallax/extract/text/roundup.txt")));
    Clustering grown = resumed.clustering();
    assertEquals(merged.changes(), grown.changes());
    assertTrue(grown.events().stream().anyMatch(e -> e.id().equals("e3")), "e2 was merged away, so the next is e3: " + grown);
    assertTrue(grown.stories().stream().anyMatch(s -> s.id().equals("s3")), grown.toString());
  }

  @Test
  void eventsTooDifferentInWordsStayApartThoughAnArticleNamesBoth() {
    Clusterer clusterer = Clusterer.create(ENTITIES_ONLY.withGrouping(0.08, 1.0));
    clusterer.add(List.of(COUNCIL, BRIGADE));
    clusterer.add(List.of(BOTH));
    Clustering after = clusterer.clustering();
    assertEquals(2, after.events().size(), "split ratio 1.0 asks for identical centroids: " + after);
    assertEquals(List.of(), after.changes());
  }

  private static AnnotatedArticle load(String name) {
    return annotate("/dev/parallax/cluster/bridge/flood-" + name + ".txt");
  }

  private static AnnotatedArticle annotate(String resource) {
    return ANNOTATOR.annotate(Fixtures.article(resource));
  }
}
