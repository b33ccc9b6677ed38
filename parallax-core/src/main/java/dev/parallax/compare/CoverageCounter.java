package dev.parallax.compare;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The coverage stage: reports ordered by publication (a day without a time counts as its
 * start; an unknown offset as UTC), named outlets counted once. Thread-safe.
 */
public final class CoverageCounter {

  public Coverage count(List<AnnotatedArticle> articles) {
    List<Coverage.Report> reports = articles.stream()
        .map(AnnotatedArticle::article)
        .sorted(Comparator.comparing(CoverageCounter::instant, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(article -> new Coverage.Report(article.id(), article.outlet(), article.published(), article.credits()))
        .toList();
    int outlets = (int) reports.stream().map(Coverage.Report::outlet).filter(Objects::nonNull)
        .map(outlet -> outlet.toLowerCase(Locale.ROOT)).distinct().count();
    String first = reports.isEmpty() || reports.get(0).published() == null ? null : reports.get(0).article();
    return new Coverage(reports, outlets, first);
  }

  private static java.time.Instant instant(Article article) {
    PublicationTime published = article.published();
    if (published == null) {
      return null;
    }
    LocalTime time = published.time() == null ? LocalTime.MIDNIGHT : published.time();
    ZoneOffset offset = published.offset() == null ? ZoneOffset.UTC : published.offset();
    return published.date().atTime(time).toInstant(offset);
  }
}
