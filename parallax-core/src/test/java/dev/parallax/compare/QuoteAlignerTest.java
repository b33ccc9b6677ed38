package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAlignerTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  @Test
  void oneRemarkInTwoWordingsIsOneGroupAndOtherRemarksStayApart() {
    AnnotatedArticle first = article("a", "Union leader Tomas Brell spoke at the gates. "
        + "“This is a completely unfair offer for the workers of this port,” Tomas Brell said. "
        + "“We will stay out until the authority listens,” he added.");
    AnnotatedArticle second = article("b", "The strike went on. "
        + "“This offer is totally unfair for the port workers,” Brell said.");
    List<QuoteGroup> groups = new QuoteAligner().align(List.of(first, second));
    assertEquals(2, groups.size(), groups.toString());
    QuoteGroup shared = groups.get(0);
    assertEquals("Tomas Brell", shared.speaker());
    assertEquals(2, shared.articleCount());
    assertEquals(1.0, shared.variants().get(0).similarity());
    assertTrue(shared.variants().get(1).similarity() >= QuoteAligner.MIN_OVERLAP);
    assertEquals(1, groups.get(1).articleCount());
  }

  @Test
  void variantTextIsTheBodyAtItsSpan() {
    AnnotatedArticle first = article("a", "“We will not accept this offer at all,” said Ilse Varna.");
    for (QuoteGroup group : new QuoteAligner().align(List.of(first))) {
      for (QuoteVariant variant : group.variants()) {
        assertEquals(variant.text(), variant.span().of(first.body()));
      }
    }
  }

  private static AnnotatedArticle article(String id, String body) {
    return ANNOTATOR.annotate(new Article(id, id + ".txt", null, null, null, null, List.of(), body,
        List.of(new Span(0, body.length())), List.of(), List.of(), List.of(), null));
  }
}
