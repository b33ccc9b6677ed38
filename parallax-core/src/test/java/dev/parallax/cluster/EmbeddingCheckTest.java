package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingCheckTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  /** A deterministic encoder: the vector the fixture file gives the text's first line (its headline). */
  static final class FixtureEncoder implements SentenceEncoder {
    private final Map<String, float[]> vectors = new HashMap<>();
    int calls;

    FixtureEncoder() {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          EmbeddingCheckTest.class.getResourceAsStream("/dev/parallax/cluster/embeddings.tsv"), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.startsWith("#")) {
            String[] cells = line.split("\t");
            String[] values = cells[1].split(" ");
            float[] vector = new float[values.length];
            for (int i = 0; i < values.length; i++) {
              vector[i] = Float.parseFloat(values[i]);
            }
            vectors.put(cells[0], vector);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String name() {
      return "fixture";
    }

    @Override
    public float[] encode(String text) {
      calls++;
      return vectors.entrySet().stream().filter(e -> text.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
    }
  }

  private static AnnotatedArticle article(String id, String headline) {
    String body = "Officials gave details on Monday. More reports followed.";
    return ANNOTATOR.annotate(new Article(id, id + ".txt", null, null, headline, null, List.of(), body,
        List.of(new Span(0, body.length())), List.of(), List.of(), List.of(), null));
  }

  @Test
  void halvesOfOneHappeningAreSameAndOfTwoAreNot() {
    FixtureEncoder encoder = new FixtureEncoder();
    EmbeddingCheck check = new EmbeddingCheck(encoder, 0.1, 0.8);
    AnnotatedArticle ferry = article("a", "Ferry sinks off Velmora");
    AnnotatedArticle boat = article("b", "Boat goes down near Velmora");
    AnnotatedArticle toll = article("c", "Velmora ferry toll rises");
    AnnotatedArticle council = article("d", "Council passes library budget");
    AnnotatedArticle funds = article("e", "Brandt funds its libraries");
    assertTrue(check.same(List.of(ferry, boat), List.of(toll)));
    assertFalse(check.same(List.of(ferry, boat), List.of(council, funds)));
    assertEquals(5, check.embedded(), "each article embedded once");
    assertEquals(5, encoder.calls, "the second use of an article comes from the cache");
    assertEquals(2, check.consulted());
  }

  @Test
  void onlyCutsNearTheSplitRatioAreUncertain() {
    EmbeddingCheck check = new EmbeddingCheck(new FixtureEncoder(), 0.1, 0.8);
    assertTrue(check.uncertain(0.65, 0.7));
    assertTrue(check.uncertain(0.75, 0.7));
    assertFalse(check.uncertain(0.55, 0.7));
    assertFalse(new EmbeddingCheck(new FixtureEncoder(), 0, 0.8).uncertain(0.7, 0.7));
  }

  @Test
  void theTextEmbeddedIsTheHeadlineAndLeadCutShort() {
    String text = EmbeddingCheck.text(article("a", "Ferry sinks off Velmora"));
    assertTrue(text.startsWith("Ferry sinks off Velmora. Officials gave details on Monday."), text);
    assertTrue(text.length() <= EmbeddingCheck.MAX_CHARS);
  }

  @Test
  void withoutAnEncoderOrWithAnEmptyBandTheClusteringIsUnchanged() {
    List<AnnotatedArticle> batch = List.of(article("a", "Ferry sinks off Velmora"),
        article("b", "Boat goes down near Velmora"), article("c", "Velmora ferry toll rises"),
        article("d", "Council passes library budget"), article("e", "Brandt funds its libraries"));
    Clusterer plain = Clusterer.create(Clusterer.Settings.DEFAULTS);
    plain.add(batch);
    Clusterer checked = Clusterer.create(Clusterer.Settings.DEFAULTS)
        .embeddings(new EmbeddingCheck(new FixtureEncoder(), 0, 0.8));
    checked.add(batch);
    assertEquals(plain.clustering(), checked.clustering());
    assertEquals(0, checked.embeddings().embedded());
  }
}
