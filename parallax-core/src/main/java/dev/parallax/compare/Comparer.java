package dev.parallax.compare;

import dev.parallax.model.AnnotatedArticle;
import java.util.List;
import java.util.Objects;

/**
 * The compare stage's entry point: coverage, facts, framing and timeline of one event's or
 * one story's articles (see {@link CoverageCounter}, {@link FactAligner}, {@link
 * FramingAnalyzer}, {@link TimelineBuilder}). Quote variants come from {@link QuoteAligner}.
 * Thread-safe.
 */
public final class Comparer {

  private final CoverageCounter coverage = new CoverageCounter();
  private final FactAligner facts = new FactAligner();
  private final FramingAnalyzer framing = new FramingAnalyzer();
  private final TimelineBuilder timeline = new TimelineBuilder();

  public Comparison compare(List<AnnotatedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    return new Comparison(coverage.count(articles), facts.align(articles), framing.analyze(articles),
        timeline.build(articles));
  }
}
