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
    assertEquals(QuoteVariant.Rendering.VARIANT, shared.variants().get(1).rendering());
    assertEquals(1, groups.get(1).articleCount());
  }

  @Test
  void partQuotedWordForWordIsVerbatimAndReportedSpeechIsIndirect() {
    AnnotatedArticle first = article("a", "“The dam is sound, but we will not take any risk with the lives of people,” "
        + "said spokeswoman Ilse Varna.");
    AnnotatedArticle second = article("b", "Ilse Varna said the dam was sound and that the board would take no risk with lives. "
        + "“We will not take any risk with the lives of people,” she said.");
    List<QuoteGroup> groups = new QuoteAligner().align(List.of(first, second));
    assertEquals(1, groups.size(), groups.toString());
    List<QuoteVariant> variants = groups.get(0).variants();
    assertEquals(3, variants.size(), variants.toString());
    assertEquals(QuoteVariant.Rendering.VERBATIM, variants.get(0).rendering());
    assertEquals(1.0, variants.get(0).similarity());
    assertEquals(QuoteVariant.Rendering.INDIRECT, variants.get(1).rendering());
    assertEquals(QuoteVariant.Rendering.VERBATIM, variants.get(2).rendering());
  }

  @Test
  void organisationSpeakersMatchByTheirHeadWord() {
    AnnotatedArticle first = article("a", "Later in a statement, the Russian Foreign Ministry said that the closure of "
        + "checkpoints violates the rights and interests of tens of thousands of citizens.");
    AnnotatedArticle second = article("b", "Russia’s foreign ministry lodged a protest, contending that the closure "
        + "violated the rights and interests of thousands of people.");
    List<QuoteGroup> groups = new QuoteAligner().align(List.of(first, second));
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(2, groups.get(0).articleCount());
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
