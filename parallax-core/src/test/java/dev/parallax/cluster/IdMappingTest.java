package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.ClusterChange;
import dev.parallax.model.ClusterChange.Cause;
import dev.parallax.model.ClusterChange.Kind;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdMappingTest {

  private static final Instant AT = Instant.parse("2025-04-01T00:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  @Test
  void anUnchangedGroupingKeepsEveryIdAndRecordsNothing() {
    Clustering old = clustering(List.of("e3:s1:a,b", "e7:s2:c"));
    Clustering fresh = clustering(List.of("e1:s1:c", "e2:s2:b,a"));
    Clustering mapped = IdMapping.map(old, fresh, AT);
    assertEquals(Map.of("e3", "a,b", "e7", "c"), members(mapped));
    assertEquals(old, mapped, "same ids, same member order, same stories");
  }

  @Test
  void twoOldEventsInOneNewGroupMergeIntoTheOneSharingMostArticles() {
    Clustering old = clustering(List.of("e1:s1:a", "e2:s2:b,c"));
    Clustering mapped = IdMapping.map(old, clustering(List.of("e1:s1:a,b,c")), AT);
    assertEquals(Map.of("e2", "a,b,c"), members(mapped));
    assertEquals(List.of(
        new ClusterChange(Kind.MERGE, List.of("e2", "e1"), List.of("e2"), AT, Cause.RECLUSTER, null),
        new ClusterChange(Kind.MERGE, List.of("s2", "s1"), List.of("s2"), AT, Cause.RECLUSTER, null)), mapped.changes());
    assertEquals("e2", mapped.resolve("e1").orElseThrow());
  }

  @Test
  void onATieTheOlderIdSurvives() {
    Clustering old = clustering(List.of("e1:s1:a,b", "e2:s1:c,d"));
    Clustering mapped = IdMapping.map(old, clustering(List.of("e1:s1:c,d,a,b")), AT);
    assertEquals(Map.of("e1", "a,b,c,d"), members(mapped));
    assertEquals(List.of(new ClusterChange(Kind.MERGE, List.of("e1", "e2"), List.of("e1"), AT, Cause.RECLUSTER, null)),
        mapped.changes());
  }

  @Test
  void aSplitKeepsTheIdOnTheLargerPartAndGivesTheOtherAFreshOne() {
    Clustering old = clustering(List.of("e1:s1:a", "e2:s1:b,c,d"));
    Clustering mapped = IdMapping.map(old, clustering(List.of("e1:s1:a", "e2:s1:b", "e3:s1:c,d")), AT);
    assertEquals(Map.of("e1", "a", "e2", "c,d", "e3", "b"), members(mapped));
    assertEquals(List.of(new ClusterChange(Kind.SPLIT, List.of("e2"), List.of("e2", "e3"), AT, Cause.RECLUSTER, null)),
        mapped.changes());
    assertEquals(List.of("e1", "e2", "e3"), mapped.stories().get(0).events());
  }

  @Test
  void aGroupOfNewArticlesGetsAFreshIdPastEveryIdEverGiven() {
    ClusterChange earlier = new ClusterChange(Kind.MERGE, List.of("e1", "e9"), List.of("e1"), AT, Cause.INGEST, "x");
    Clustering old = new Clustering(List.of(event("e1:s1:a")), List.of(new Story("s1", "", List.of("e1"))),
        List.of(earlier));
    Clustering mapped = IdMapping.map(old, clustering(List.of("e1:s1:a", "e2:s2:n")), AT);
    assertEquals(Map.of("e1", "a", "e10", "n"), members(mapped));
    assertEquals(List.of("s1", "s2"), mapped.stories().stream().map(Story::id).toList());
    assertEquals(List.of(earlier), mapped.changes(), "new articles make no change record");
  }

  @Test
  void mappingTheSameGroupingAgainChangesNothing() {
    Clustering old = clustering(List.of("e1:s1:a", "e2:s2:b,c,d", "e4:s2:e"));
    Clustering fresh = clustering(List.of("e1:s1:a,e", "e2:s1:b", "e3:s2:c,d"));
    Clustering once = IdMapping.map(old, fresh, AT);
    Clustering twice = IdMapping.map(once, fresh, AT.plusSeconds(60));
    assertEquals(once, twice);
  }

  /** Events as "id:story:article,article"; stories hold their events in the order given. */
  private static Clustering clustering(List<String> specs) {
    List<Event> events = specs.stream().map(IdMappingTest::event).toList();
    Map<String, List<String>> stories = new java.util.LinkedHashMap<>();
    events.forEach(event -> stories.computeIfAbsent(event.story(), k -> new ArrayList<>()).add(event.id()));
    return new Clustering(events, stories.entrySet().stream().map(e -> new Story(e.getKey(), "", e.getValue())).toList());
  }

  private static Event event(String spec) {
    String[] parts = spec.split(":");
    return new Event(parts[0], DAY, List.of(parts[2].split(",")), parts[1]);
  }

  private static Map<String, String> members(Clustering clustering) {
    return clustering.events().stream().collect(Collectors.toMap(Event::id,
        event -> event.articles().stream().sorted().collect(Collectors.joining(","))));
  }
}
