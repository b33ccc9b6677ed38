package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Fixtures;
import dev.parallax.Parallax;
import dev.parallax.cluster.Clusterer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An id merged into another answers with a redirect to the survivor, and the merge is listed. */
class MergedIdApiTest {

  private static ParallaxServer server;
  private static TestServer client;

  @BeforeAll
  static void start() {
    server = ParallaxServer.start(bridged(), ParallaxServer.Settings.local(0));
    client = TestServer.on(server);
  }

  /**
   * Two events (and stories), e1/s1 and e2/s2, then an article reporting on both, which merges
   * them: e2 into e1 and s2 into s1.
   */
  static Parallax bridged() {
    Parallax parallax = Parallax.builder().clusterSettings(Clusterer.Settings.DEFAULTS.withEntityWeight(1.0)).build();
    parallax.ingest(List.of(Fixtures.text("/dev/parallax/cluster/bridge/flood-council.txt"),
        Fixtures.text("/dev/parallax/cluster/bridge/flood-brigade.txt")), List.of());
    parallax.ingest(List.of(Fixtures.text("/dev/parallax/cluster/bridge/flood-both.txt")), List.of());
    return parallax;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aMergedEventOrStoryIdRedirectsToTheSurvivor() {
    for (String[] pair : new String[][] {{"events", "e2", "e1"}, {"stories", "s2", "s1"}}) {
      TestServer.Answer answer = client.get("/api/" + pair[0] + "/" + pair[1]);
      assertEquals(308, answer.status(), pair[1]);
      assertEquals("/api/" + pair[0] + "/" + pair[2], answer.raw().headers().firstValue("Location").orElseThrow());
      assertEquals(pair[2], answer.json().get("mergedInto").asText());
      assertEquals(200, client.get("/api/" + pair[0] + "/" + pair[2]).status());
    }
    assertEquals(404, client.get("/api/events/e9").status());
    assertEquals(404, client.get("/api/stories/e2").status(), "an event id is no story");
  }

  @Test
  void theSurvivorAndTheExportListTheMerge() {
    JsonNode event = client.get("/api/events/e1").json();
    assertEquals("merge", event.at("/changes/0/kind").asText());
    assertEquals("e2", event.at("/changes/0/from/1").asText());
    assertEquals("ingest", event.at("/changes/0/cause").asText());
    JsonNode story = client.get("/api/stories/s1").json();
    assertEquals(2, story.at("/story/changes").size(), "its event's merge and its own");
    assertEquals(2, client.get("/api/export").json().get("changes").size());
  }
}
