package dev.parallax.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String WIRE = "Dockworkers at the port of Kelmar walked off the job on Monday in a dispute over pay "
      + "and night shifts, halting the loading of grain ships, union leader Tomas Brell told reporters at the gate. "
      + "The port authority said talks would resume once the union put its demands in writing.";
  private static final String EDITED = "Dockworkers at the port of Kelmar walked off the job on Monday in a dispute over pay "
      + "and night shifts, halting the loading of grain ships, union leader Tomas Brell told reporters outside the port. "
      + "The port authority said talks would resume once the union put its demands in writing, a spokesman added.";
  private static final String OWN = "Grain ships queued off Kelmar on Monday as striking dockworkers stayed away. "
      + "Our reporter at the harbour counted eleven vessels waiting; the union says pay has not kept up with prices.";
  private static final String CREDITED = "Kelmar's port stood still on Monday. Union leader Tomas Brell said the walkout "
      + "would last until the authority improves its offer on wages and shift rotas.";

  @Test
  void copiesAndWireCreditsCountAsOneOrigin() {
    Origins origins = new NearDuplicates().origins(List.of(
        article("a", "Meridian Wire", List.of(), WIRE),
        article("b", "Valley Courier", List.of(), EDITED),
        article("c", "Northgate Times", List.of(), OWN),
        article("d", "Harbour Post", List.of("Meridian Wire"), CREDITED),
        article("e", "Harbour Post", List.of(), OWN + " Updated.")));
    assertEquals(5, origins.articles());
    assertEquals(4, origins.outlets());
    assertEquals(2, origins.origins());
    assertEquals(List.of(List.of("a", "b", "d"), List.of("c", "e")), origins.copies());
    assertEquals("5 articles, 4 outlets, 2 independent origins", origins.summary());
  }

  @Test
  void independentReportsStayApart() {
    Origins origins = new NearDuplicates().origins(List.of(
        article("a", "Meridian Wire", List.of(), WIRE),
        article("c", "Northgate Times", List.of(), OWN),
        article("x", null, List.of(), "")));
    assertEquals(3, origins.origins());
    assertTrue(origins.copies().isEmpty());
    assertEquals(2, origins.outlets());
  }

  @Test
  void signaturesAreSeededAndEstimateJaccard() {
    assertArrayEquals(MinHash.signature(WIRE), MinHash.signature(WIRE));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(WIRE.toUpperCase())));
    assertTrue(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(EDITED)) > 0.5);
    assertTrue(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(OWN)) < 0.1);
    assertEquals(0.0, MinHash.similarity(MinHash.signature(""), MinHash.signature("")));
  }

  private static Article article(String id, String outlet, List<String> credits, String body) {
    return new Article(id, id + ".txt", null, outlet, null, null, List.of(), body, List.of(new Span(0, body.length())),
        List.of(), List.of(), credits, "en");
  }
}
