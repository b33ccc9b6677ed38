package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article with everything the annotators found in its body. All spans point into
 * {@code article.body()}, sorted by start.
 *
 * @param quantities numbers with units, normalised ("830 miles" is about 1,336 km)
 * @param segments topical parts of the body: the first is the lead story; a roundup has more
 * @param eventDate the day the lead story's happening took place, or null when unknown
 */
public record AnnotatedArticle(
    Article article,
    List<Span> sentences,
    List<Mention> mentions,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Quote> quotes,
    List<Span> segments,
    LocalDate eventDate) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("an article has at least one segment: " + article.source());
    }
  }

  public String id() {
    return article.id();
  }

  public String body() {
    return article.body();
  }

  public Span lead() {
    return segments.get(0);
  }
}
