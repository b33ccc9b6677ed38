package dev.parallax.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.Fixtures;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.nlp.Annotator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefWriterTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  @Test
  void everySentenceIsACitedVerbatimSpanOneEventAfterAnother() {
    List<AnnotatedArticle> strike = List.of(
        load("/dev/parallax/extract/text/menu-byline-caption-footer.txt"), load("/dev/parallax/cluster/strike-begins-wire.txt"));
    List<AnnotatedArticle> talks = List.of(
        load("/dev/parallax/extract/text/masthead-published-subscribe.txt"), load("/dev/parallax/cluster/talks-agreed-times.txt"));
    Brief brief = new BriefWriter().write(List.of(strike, talks));

    assertEquals(2, brief.sentences().size());
    Map<String, AnnotatedArticle> byId = java.util.stream.Stream.concat(strike.stream(), talks.stream())
        .collect(Collectors.toMap(AnnotatedArticle::id, a -> a));
    for (BriefSentence sentence : brief.sentences()) {
      Citation citation = sentence.citations().get(0);
      assertEquals(sentence.text(), citation.span().of(byId.get(citation.article()).body()));
    }
    assertEquals(true, strike.stream().anyMatch(a -> a.id().equals(brief.sentences().get(0).citations().get(0).article())));
    assertFalse(brief.title().isBlank());
  }

  @Test
  void storyWithoutArticlesHasAnEmptyBrief() {
    assertEquals(List.of(), new BriefWriter().write(List.of()).sentences());
  }

  private static AnnotatedArticle load(String resource) {
    return ANNOTATOR.annotate(Fixtures.article(resource));
  }
}
