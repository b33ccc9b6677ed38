package dev.parallax.store.lucene;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.Quantity;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/** What the annotators found in an article, stored beside it so that no store open re-annotates. */
record Annotations(List<Span> sentences, List<Mention> mentions, List<TimeExpression> times,
    List<Quantity> quantities, List<Quote> quotes, List<Span> segments, LocalDate eventDate) {

  static Annotations of(AnnotatedArticle article) {
    return new Annotations(article.sentences(), article.mentions(), article.times(), article.quantities(),
        article.quotes(), article.segments(), article.eventDate());
  }

  AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(article, sentences, mentions, times, quantities, quotes, segments, eventDate);
  }
}
