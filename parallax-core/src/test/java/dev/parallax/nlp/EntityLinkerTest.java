package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  @Test
  void aSurnameAloneTakesTheFullNameAnotherArticleGives() {
    AnnotatedArticle full = article("a", "Union leader Tomas Brell said the strike would go on.");
    AnnotatedArticle bare = article("b", "The strike went on. Brell said the offer was too low, and Brell left.");
    List<AnnotatedArticle> linked = new EntityLinker().link(List.of(full, bare));
    List<Mention> people = linked.get(1).mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertEquals(2, people.size(), linked.get(1).mentions().toString());
    people.forEach(mention -> assertEquals("Tomas Brell", mention.entity()));
  }

  @Test
  void anAmbiguousSurnameIsLeftAlone() {
    AnnotatedArticle one = article("a", "Minister Ada Brell spoke first.");
    AnnotatedArticle two = article("b", "Union leader Tomas Brell spoke next.");
    AnnotatedArticle bare = article("c", "The talks went on. Later Brell spoke again.");
    List<AnnotatedArticle> linked = new EntityLinker().link(List.of(one, two, bare));
    assertEquals(bare.mentions(), linked.get(2).mentions());
  }

  @Test
  void organisationVariantsTakeTheFormUsedMostOften() {
    AnnotatedArticle one = article("a", "The Norwegian Fisheries Ministry said quotas would fall. The Norwegian Fisheries Ministry "
        + "gave no figures.");
    AnnotatedArticle two = article("b", "Norway's fisheries ministry said the cut was needed to protect the cod stock.");
    List<AnnotatedArticle> linked = new EntityLinker().link(List.of(one, two));
    Quote quote = linked.get(1).quotes().get(0);
    assertEquals("Norway's fisheries ministry", two.quotes().get(0).speaker(), "the speaker words as the article gives them");
    assertEquals("Norwegian Fisheries Ministry", quote.speaker(), "linked to the recognised name");
    assertEquals(List.of("Norwegian Fisheries Ministry"), linked.get(0).mentions().stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION).map(Mention::entity).distinct().toList());
  }

  @Test
  void differentOrganisationsStayApart() {
    AnnotatedArticle one = article("a", "The Norwegian Fisheries Ministry said quotas would fall.");
    AnnotatedArticle two = article("b", "Sweden's fisheries ministry said the cut was needed to protect the cod stock.");
    List<AnnotatedArticle> linked = new EntityLinker().link(List.of(one, two));
    assertEquals(two.quotes(), linked.get(1).quotes());
  }

  private static AnnotatedArticle article(String id, String body) {
    return ANNOTATOR.annotate(new Article(id, id + ".txt", null, null, null, null, List.of(), body,
        List.of(new Span(0, body.length())), List.of(), List.of(), List.of(), null));
  }
}
