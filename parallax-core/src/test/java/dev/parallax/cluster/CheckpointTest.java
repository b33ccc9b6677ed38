package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckpointTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<AnnotatedArticle> STREAM = SyntheticNews.articles(1_600, 150, 7);
  private static final int BATCH = 40;

  @Test
  void aRestoredClustererContinuesExactlyAsTheOneThatNeverStopped() throws IOException {
    Clusterer continuous = fresh();
    Clusterer resumed = fresh();
    for (int from = 0, batch = 0; from < STREAM.size(); from += BATCH, batch++) {
      List<AnnotatedArticle> part = STREAM.subList(from, Math.min(STREAM.size(), from + BATCH));
      continuous.add(part);
      resumed.add(part);
      ClusterUpdate expected = continuous.update();
      assertEquals(expected, resumed.update(), "batch " + batch);
      if (batch % 7 == 3) {
        resumed = Clusterer.restore(Clusterer.Settings.DEFAULTS, new ByteArrayInputStream(bytes(resumed)))
            .clock(CLOCK);
      }
    }
    assertArrayEquals(bytes(continuous), bytes(resumed));
  }

  @Test
  void forgettingClosedStoriesChangesNoDecisionAndBoundsTheState() throws IOException {
    Clusterer keeping = Clusterer.create(Clusterer.Settings.DEFAULTS).clock(CLOCK);
    Clusterer forgetting = fresh();
    Map<String, Event> events = new TreeMap<>();
    Map<String, Story> stories = new TreeMap<>();
    int held = 0;
    for (int from = 0; from < STREAM.size(); from += BATCH) {
      List<AnnotatedArticle> part = STREAM.subList(from, Math.min(STREAM.size(), from + BATCH));
      keeping.add(part);
      forgetting.add(part);
      ClusterUpdate update = forgetting.update();
      update.events().forEach(event -> events.put(event.id(), event));
      update.stories().forEach(story -> stories.put(story.id(), story));
      update.removedEvents().forEach(events::remove);
      update.removedStories().forEach(stories::remove);
      held = Math.max(held, forgetting.clustering().events().size());
    }
    Map<String, Event> kept = new TreeMap<>();
    keeping.clustering().events().forEach(event -> kept.put(event.id(), event));
    Map<String, Story> keptStories = new TreeMap<>();
    keeping.clustering().stories().forEach(story -> keptStories.put(story.id(), story));
    assertEquals(kept, events);
    assertEquals(keptStories, stories);
    assertTrue(held < kept.size() / 2, "held " + held + " of " + kept.size() + " events at most, stories " + keptStories.size());
    keeping.update();
    assertTrue(bytes(forgetting).length < bytes(keeping).length);
  }

  @Test
  void aCheckpointWaitsForTheUpdate() {
    Clusterer clusterer = fresh();
    clusterer.add(STREAM.subList(0, 10));
    assertThrows(IllegalStateException.class, () -> bytes(clusterer));
  }

  @Test
  void somethingElseIsNotACheckpoint() {
    assertThrows(IOException.class, () -> Clusterer.restore(Clusterer.Settings.DEFAULTS,
        new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5})));
  }

  private static Clusterer fresh() {
    return Clusterer.create(Clusterer.Settings.DEFAULTS).clock(CLOCK).forgetClosed();
  }

  private static byte[] bytes(Clusterer clusterer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    clusterer.checkpoint(out);
    return out.toByteArray();
  }
}
