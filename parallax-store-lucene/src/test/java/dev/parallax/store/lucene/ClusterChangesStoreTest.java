package dev.parallax.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Analysis;
import dev.parallax.Fixtures;
import dev.parallax.Parallax;
import dev.parallax.ReclusterReport;
import dev.parallax.cluster.Clusterer;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.RawDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merges and splits of ids recorded in a Lucene store: by ingest, by recluster, across restarts. */
class ClusterChangesStoreTest {

  private static final RawDocument COUNCIL = Fixtures.text("/dev/parallax/cluster/bridge/flood-council.txt");
  private static final RawDocument BRIGADE = Fixtures.text("/dev/parallax/cluster/bridge/flood-brigade.txt");
  private static final RawDocument BOTH = Fixtures.text("/dev/parallax/cluster/bridge/flood-both.txt");
  private static final List<RawDocument> STRIKE_AND_TALKS = List.of(
      Fixtures.text("/dev/parallax/extract/text/menu-byline-caption-footer.txt"),
      Fixtures.text("/dev/parallax/cluster/strike-begins-wire.txt"),
      Fixtures.text("/dev/parallax/extract/text/masthead-published-subscribe.txt"),
      Fixtures.text("/dev/parallax/cluster/talks-agreed-times.txt"));
  /** Entities alone decide joining: the two one-name flood reports start two events. */
  private static final Clusterer.Settings ENTITIES_ONLY = Clusterer.Settings.DEFAULTS.withEntityWeight(1.0);
  /** Joins nearly anything within five days: the strike and the talks three days later become one event. */
  private static final Clusterer.Settings LAX = new Clusterer.Settings(0.02, 0.02, 5, 30, 0.2, 0.02, 0.0);

  @TempDir
  Path temp;

  @Test
  void aBridgingIngestRecordsAMergeThatSurvivesARestartAndTheOldIdStillResolves() {
    Path directory = temp.resolve("store");
    try (Parallax parallax = open(directory, ENTITIES_ONLY)) {
      parallax.ingest(List.of(COUNCIL, BRIGADE), List.of());
      assertEquals(2, parallax.analysis().events().size());
    }
    try (Parallax parallax = open(directory, ENTITIES_ONLY)) {
      parallax.ingest(List.of(BOTH), List.of());
      Analysis analysis = parallax.analysis();
      assertEquals(List.of("e1"), analysis.events().stream().map(e -> e.event().id()).toList());
      ClusterChange merge = analysis.changes().get(0);
      assertEquals(ClusterChange.Kind.MERGE, merge.kind());
      assertEquals(List.of("e1", "e2"), merge.from());
      assertEquals(List.of("e1"), merge.to());
      assertEquals(ClusterChange.Cause.INGEST, merge.cause());
      assertTrue(analysis.events().get(0).changes().contains(merge), "the event lists its merge");
      assertTrue(analysis.stories().get(0).changes().contains(merge), "the story lists its event's merge");
    }
    try (LuceneStore store = LuceneStore.open(directory)) {
      Clustering reopened = store.clustering();
      assertEquals(2, reopened.changes().size(), "event and story merges: " + reopened.changes());
      assertEquals("e1", reopened.resolve("e2").orElseThrow());
      assertEquals("s1", reopened.resolve("s2").orElseThrow());
      assertTrue(reopened.resolve("e9").isEmpty());
    }
  }

  @Test
  void reclusterSplitsAndMergesWhatOnlineOrderGotWrongKeepsOtherIdsAndIsThenANoOp() {
    Path directory = temp.resolve("store");
    try (Parallax parallax = open(directory, LAX)) {
      parallax.ingest(STRIKE_AND_TALKS.subList(0, 1), List.of());
      parallax.ingest(STRIKE_AND_TALKS.subList(1, 4), List.of());
    }
    try (Parallax parallax = open(directory, ENTITIES_ONLY)) {
      parallax.ingest(List.of(COUNCIL), List.of());
      parallax.ingest(List.of(BRIGADE), List.of());
    }
    Clustering online;
    try (LuceneStore store = LuceneStore.open(directory)) {
      online = store.clustering();
    }
    assertEquals(Map.of("e1", 4, "e2", 1, "e3", 1), sizes(online), online.toString());

    ReclusterReport report;
    try (Parallax parallax = open(directory, Clusterer.Settings.DEFAULTS)) {
      report = parallax.recluster();
    }
    assertTrue(report.stored());
    assertEquals(3, report.eventsBefore());
    assertEquals(3, report.eventsAfter());
    Clustering batch;
    try (LuceneStore store = LuceneStore.open(directory)) {
      batch = store.clustering();
    }
    assertEquals(Map.of("e1", 2, "e2", 2, "e4", 2), sizes(batch), batch.toString());
    List<ClusterChange> events = batch.changes().stream().filter(change -> !change.aboutStories()).toList();
    assertEquals(List.of(ClusterChange.Kind.MERGE, ClusterChange.Kind.SPLIT),
        events.stream().map(ClusterChange::kind).toList(), batch.changes().toString());
    assertEquals(List.of("e2", "e3"), events.get(0).from());
    assertEquals(List.of("e1", "e4"), events.get(1).to());
    assertTrue(batch.changes().stream().allMatch(change -> change.cause() == ClusterChange.Cause.RECLUSTER));
    assertEquals(report.changes(), batch.changes());
    Event strike = byId(batch, "e1");
    Event flood = byId(batch, "e2");
    assertTrue(byId(online, "e1").articles().containsAll(strike.articles()), "e1 keeps part of what it had");
    assertTrue(flood.articles().containsAll(byId(online, "e3").articles()), "e3 went into e2");
    assertEquals("e2", batch.resolve("e3").orElseThrow());

    try (Parallax parallax = open(directory, Clusterer.Settings.DEFAULTS)) {
      ReclusterReport again = parallax.recluster();
      assertFalse(again.stored());
      assertEquals(List.of(), again.changes());
    }
    try (LuceneStore store = LuceneStore.open(directory)) {
      assertEquals(batch, store.clustering(), "a second recluster stores nothing");
    }
  }

  @Test
  void aClusteringStoredBeforeChangesExistedReadsWithNoneAndChangesRoundTrip() {
    Clustering old = RecordCodec.read("{\"events\":[{\"id\":\"e1\",\"date\":null,\"articles\":[\"a\"],"
        + "\"story\":\"s1\"}],\"stories\":[{\"id\":\"s1\",\"title\":\"\",\"events\":[\"e1\"]}]}", Clustering.class);
    assertEquals(List.of(), old.changes());
    Clustering withChange = new Clustering(old.events(), old.stories(), List.of(new ClusterChange(ClusterChange.Kind.SPLIT,
        List.of("e1"), List.of("e1", "e2"), java.time.Instant.parse("2025-03-11T08:00:00Z"), ClusterChange.Cause.RECLUSTER, null)));
    assertEquals(withChange, RecordCodec.read(RecordCodec.write(withChange), Clustering.class));
  }

  private static Parallax open(Path directory, Clusterer.Settings settings) {
    return Parallax.builder().store(LuceneStore.open(directory)).clusterSettings(settings).build();
  }

  private static Map<String, Integer> sizes(Clustering clustering) {
    return clustering.events().stream().collect(Collectors.toMap(Event::id, event -> event.articles().size()));
  }

  private static Event byId(Clustering clustering, String id) {
    return clustering.events().stream().filter(event -> event.id().equals(id)).findFirst().orElseThrow();
  }
}
