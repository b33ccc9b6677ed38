package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.Datelines;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One sentence of an article's lead story, prepared for comparison: its content words, its
 * figures, and whether the article states it in its own voice or attributes it to someone.
 */
record Statement(AnnotatedArticle article, Span span, Map<String, Integer> words, List<Figure> figures,
    boolean attributed) {

  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:said|says|told|stated|stating|according to|added|claimed|claims|accused|alleged|insisted|warned"
          + "|argued|announced|asserted|denied|reported)\\b");

  /** The sentences of the lead segment of each article, in article then text order. */
  static List<Statement> of(List<AnnotatedArticle> articles) {
    List<Statement> statements = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      String body = article.body();
      for (Span whole : article.sentences()) {
        Span sentence = whole;
        if (!article.lead().contains(whole)) {
          continue;
        }
        sentence = Datelines.cut(body, whole);
        boolean attributed = ATTRIBUTION.matcher(sentence.of(body)).find() || quoted(article, sentence);
        statements.add(new Statement(article, sentence, ContentWords.count(body, sentence.start(), sentence.end()),
            figures(article, sentence), attributed));
      }
    }
    return statements;
  }

  private static List<Figure> figures(AnnotatedArticle article, Span sentence) {
    return article.quantities().stream()
        .filter(quantity -> sentence.contains(quantity.span()))
        .map(quantity -> Figure.of(quantity, article.body()))
        .toList();
  }

  private static boolean quoted(AnnotatedArticle article, Span sentence) {
    for (Quote quote : article.quotes()) {
      if (quote.content().overlaps(sentence)) {
        return true;
      }
    }
    return false;
  }

  String articleId() {
    return article.id();
  }

  String text() {
    return span.of(article.body());
  }
}
