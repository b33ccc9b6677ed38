package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.Datelines;
import dev.parallax.internal.Centrality;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The timeline stage: every lead-story sentence that names a day (a time expression resolved
 * to a day, not a dateline, not after the article's publication) is placed on that day; each
 * day's text is the sentence that shares most words with the other sentences of the day.
 * One sentence per article and day; days in calendar order. Thread-safe.
 */
public final class TimelineBuilder {

  /** A time expression this close to the start of the body, followed by a dash, is a dateline. */
  private static final int DATELINE_REACH = 40;

  public Timeline build(List<AnnotatedArticle> articles) {
    Map<LocalDate, List<Dated>> byDay = new TreeMap<>();
    for (AnnotatedArticle article : articles) {
      Set<String> seen = new HashSet<>();
      for (TimeExpression time : article.times()) {
        if (time.granularity() != TimeExpression.Granularity.DAY || !article.lead().contains(time.span())
            || dateline(article.body(), time.span()) || afterPublication(article, time.date())) {
          continue;
        }
        Span sentence = sentenceOf(article, time.span());
        if (sentence != null && seen.add(time.date().toString())) {
          byDay.computeIfAbsent(time.date(), day -> new ArrayList<>()).add(new Dated(article, sentence));
        }
      }
    }
    List<Timeline.Entry> entries = new ArrayList<>();
    byDay.forEach((day, sentences) -> entries.add(entry(day, sentences)));
    return new Timeline(entries);
  }

  private record Dated(AnnotatedArticle article, Span sentence) {
    Map<String, Integer> words() {
      return ContentWords.count(article.body(), sentence.start(), sentence.end());
    }
  }

  /** The day's entry: its most central sentence first (see {@link Centrality}: no loop over all pairs). */
  private static Timeline.Entry entry(LocalDate day, List<Dated> sentences) {
    List<Map<String, Integer>> words = sentences.stream().map(Dated::words).toList();
    List<Centrality.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      candidates.add(new Centrality.Candidate(words.get(i), i, 0, 0));
    }
    Dated best = sentences.get(Centrality.first(candidates, words, word -> 1.0));
    List<Timeline.Source> sources = new ArrayList<>();
    sources.add(new Timeline.Source(best.article.id(), best.sentence));
    for (Dated other : sentences) {
      if (other != best) {
        sources.add(new Timeline.Source(other.article.id(), other.sentence));
      }
    }
    return new Timeline.Entry(day, best.sentence.of(best.article.body()), sources);
  }

  private static Span sentenceOf(AnnotatedArticle article, Span span) {
    for (Span sentence : article.sentences()) {
      if (sentence.contains(span)) {
        return Datelines.cut(article.body(), sentence);
      }
    }
    return null;
  }

  private static boolean dateline(String body, Span span) {
    return span.start() < DATELINE_REACH
        && body.substring(span.end(), Math.min(body.length(), span.end() + 4)).matches("\\s*[–—-].*");
  }

  private static boolean afterPublication(AnnotatedArticle article, LocalDate date) {
    return article.article().published() != null && date.isAfter(article.article().published().date());
  }
}
