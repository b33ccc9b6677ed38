package dev.parallax.compare;

import dev.parallax.Fixtures;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.nlp.Annotator;
import java.util.List;

/** The three invented reports of the Tessel canal march (see the fixtures' README). */
final class CompareFixtures {

  static final String COURIER = "/dev/parallax/compare/march-courier.txt";
  static final String HERALD = "/dev/parallax/compare/march-herald.txt";
  static final String RADIO = "/dev/parallax/compare/march-radio.txt";

  private static final Annotator ANNOTATOR = Annotator.standard();

  private CompareFixtures() {}

  static List<AnnotatedArticle> march() {
    return List.of(load(COURIER), load(HERALD), load(RADIO));
  }

  static AnnotatedArticle load(String resource) {
    return ANNOTATOR.annotate(Fixtures.article(resource));
  }

  /** The article of {@code articles} read from {@code resource}. */
  static AnnotatedArticle of(List<AnnotatedArticle> articles, String resource) {
    return articles.stream().filter(article -> article.article().source().equals(resource)).findFirst().orElseThrow();
  }
}
