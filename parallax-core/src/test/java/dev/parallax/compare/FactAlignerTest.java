package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactAlignerTest {

  private final List<AnnotatedArticle> march = CompareFixtures.march();
  private final List<Fact> facts = new FactAligner().align(march);
  private final String courier = CompareFixtures.of(march, CompareFixtures.COURIER).id();
  private final String herald = CompareFixtures.of(march, CompareFixtures.HERALD).id();
  private final String radio = CompareFixtures.of(march, CompareFixtures.RADIO).id();

  @Test
  void theSameLengthInKilometresAndMilesIsOneAgreedFact() {
    Fact canal = facts.stream().filter(fact -> fact.statements().stream()
        .anyMatch(s -> "42-kilometre".equals(s.figure()))).findFirst().orElseThrow();
    assertEquals(Fact.Kind.AGREED, canal.kind());
    assertEquals(Set.of(courier, herald), Set.copyOf(canal.articles()));
    assertTrue(canal.statements().stream().anyMatch(s -> "26-mile".equals(s.figure())));
    assertEquals(List.of(radio), canal.absent());
  }

  @Test
  void differentCrowdSizesAreAConflictWithBothSidesContradicted() {
    List<Fact> conflicts = facts.stream().filter(fact -> fact.kind() == Fact.Kind.CONFLICT).toList();
    assertEquals(1, conflicts.size(), conflicts.toString());
    Fact crowd = conflicts.get(0);
    assertEquals(Set.of(courier, herald), Set.copyOf(crowd.articles()));
    assertTrue(crowd.text().contains("5,000") && crowd.text().contains("12,000"), crowd.text());
    assertTrue(crowd.statements().stream().allMatch(s -> s.stance() == FactStatement.Stance.CONTRADICTED));
  }

  @Test
  void aDailyRateAndAMonthlyTotalAreNotAConflict() {
    assertTrue(facts.stream().filter(fact -> fact.kind() == Fact.Kind.CONFLICT)
        .noneMatch(fact -> fact.text().contains("300") || fact.text().contains("900")));
  }

  @Test
  void aQuotedClaimIsAttributedAndWordingsOfOneSentenceAgree() {
    Fact arrests = facts.stream().filter(fact -> fact.text().contains("eleven arrests")).findFirst().orElseThrow();
    assertEquals(Fact.Kind.AGREED, arrests.kind());
    assertEquals(Set.of(herald, radio), Set.copyOf(arrests.articles()));
    assertTrue(arrests.statements().stream().allMatch(s -> s.stance() == FactStatement.Stance.ATTRIBUTED));
  }

  @Test
  void everyStatementSpanLiesInsideItsArticle() {
    for (Fact fact : facts) {
      for (FactStatement statement : fact.statements()) {
        AnnotatedArticle article = march.stream().filter(a -> a.id().equals(statement.article())).findFirst().orElseThrow();
        assertTrue(statement.span().end() <= article.body().length());
        if (statement.figure() != null) {
          assertTrue(statement.span().of(article.body()).contains(statement.figure()));
        }
      }
    }
  }

  @Test
  void aDemandAndAnOfferInOneSentenceDoNotContradictTheSameTwoFiguresElsewhere() {
    List<AnnotatedArticle> talks = List.of(
        article("The union wants a 12 percent pay rise over two years. The port authority has offered 5 percent."),
        article("The union is seeking a 12 percent rise over two years; the authority's last offer was 5 percent."),
        article("The union is asking for a pay rise of 12 percent, more than double the 5 percent the authority has put on the table."));
    assertTrue(new FactAligner().align(talks).stream().noneMatch(fact -> fact.kind() == Fact.Kind.CONFLICT));
  }

  @Test
  void theSameFigureAttachedToAnotherNounIsNoConflict() {
    List<AnnotatedArticle> shelter = List.of(
        article("Most of the 1,500 people moved out last week are back, but about 200 whose roofs fell in stay in the school hall."),
        article("About 200 people whose roofs fell in are still sleeping in the school hall."));
    List<Fact> facts = new FactAligner().align(shelter);
    assertTrue(facts.stream().noneMatch(fact -> fact.kind() == Fact.Kind.CONFLICT), facts.toString());
  }

  private static AnnotatedArticle article(String text) {
    Article article = new Article(Integer.toHexString(text.hashCode()), "test", null,
        null, null, null, List.of(), text, List.of(new Span(0, text.length())), List.of(), List.of(),
        List.of(), null);
    return Annotator.standard().annotate(article);
  }
}
