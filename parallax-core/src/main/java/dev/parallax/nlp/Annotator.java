package dev.parallax.nlp;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.Quantity;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The annotation stage: sentences, named entities, time expressions resolved against the
 * publication date, numbers with units, direct and indirect quotes with speakers, topical
 * segments, and the day the lead story happened. Rules and bundled word lists only, no models: fast and deterministic.
 * Thread-safe; build once with {@link #standard()} and share.
 */
public final class Annotator {

  /** How many of the lead's first sentences are searched for the day of the happening. */
  static final int DATING_SENTENCES = 2;

  private final SentenceSplitter sentences = new SentenceSplitter();
  private final EntityRecognizer entities;
  private final TimeResolver times = new TimeResolver();
  private final QuantityFinder quantities = new QuantityFinder();
  private final QuoteFinder quotes = new QuoteFinder();
  private final Segmenter segmenter = new Segmenter();

  private Annotator(Gazetteer gazetteer) {
    this.entities = new EntityRecognizer(gazetteer);
  }

  /** An annotator with the bundled word lists. */
  public static Annotator standard() {
    return new Annotator(Gazetteer.bundled());
  }

  public AnnotatedArticle annotate(Article article) {
    Objects.requireNonNull(article, "article");
    String body = article.body();
    List<Span> sentenceSpans = sentences.split(body);
    List<Mention> mentions = entities.recognize(body, sentenceSpans);
    LocalDate anchor = article.published() == null ? null : article.published().date();
    List<TimeExpression> timeExpressions = times.resolve(body, anchor);
    List<Quantity> quantityList = quantities.find(body).stream()
        .filter(quantity -> timeExpressions.stream().noneMatch(time -> time.span().overlaps(quantity.span())))
        .toList();
    List<Quote> quoteList = quotes.find(body, article.paragraphs(), sentenceSpans, mentions);
    List<Span> segments = segmenter.segment(body, article.paragraphs(), mentions);
    LocalDate eventDate = eventDate(body, sentenceSpans, timeExpressions, segments.get(0), anchor);
    return new AnnotatedArticle(article, sentenceSpans, mentions, timeExpressions, quantityList, quoteList, segments, eventDate);
  }

  /**
   * The first day named in the lead's opening sentences, not after the publication date and not
   * a dateline; else the publication date; else null.
   */
  private static LocalDate eventDate(String body, List<Span> sentences, List<TimeExpression> times, Span lead,
      LocalDate published) {
    int searchEnd = lead.start();
    int counted = 0;
    for (Span sentence : sentences) {
      if (sentence.start() >= lead.start() && counted < DATING_SENTENCES) {
        searchEnd = sentence.end();
        counted++;
      }
    }
    for (TimeExpression time : times) {
      if (time.span().start() >= searchEnd) {
        break;
      }
      boolean dateline = time.span().start() < 5 && body.substring(time.span().end(),
          Math.min(body.length(), time.span().end() + 4)).matches("\\s*[–—-].*");
      boolean afterPublication = published != null && time.date().isAfter(published);
      if (time.granularity() == TimeExpression.Granularity.DAY && !dateline && !afterPublication) {
        return time.date();
      }
    }
    return published;
  }
}
