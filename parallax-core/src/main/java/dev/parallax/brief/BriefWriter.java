package dev.parallax.brief;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.SparseVectors;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The brief stage, first version: an extractive brief. For each event of a story, in the order
 * they happened, it takes the opening sentence (among the first {@value #LEAD_SENTENCES} of each
 * article's lead) that shares most words with the other articles' leads, and cites it. Every
 * sentence is a verbatim span of its cited article, so quotes in it are verbatim too. The title
 * is the headline of the most central article of the story's largest event. Thread-safe.
 */
public final class BriefWriter {

  static final int LEAD_SENTENCES = 3;

  /**
   * Writes the brief of a story.
   *
   * @param events the annotated articles of each event, events in the order they happened
   */
  public Brief write(List<List<AnnotatedArticle>> events) {
    List<BriefSentence> sentences = new ArrayList<>();
    String title = null;
    int largest = 0;
    for (List<AnnotatedArticle> event : events) {
      Candidate best = mostCentral(event);
      if (best == null) {
        continue;
      }
      sentences.add(new BriefSentence(best.span.of(best.article.body()),
          List.of(new Citation(best.article.id(), best.span))));
      String headline = best.article.article().headline();
      if (event.size() > largest && headline != null) {
        title = headline;
        largest = event.size();
      }
    }
    if (title == null) {
      title = sentences.isEmpty() ? "Untitled story" : shorten(sentences.get(0).text());
    }
    return new Brief(title, sentences);
  }

  private record Candidate(AnnotatedArticle article, Span span, double score) {}

  private static Candidate mostCentral(List<AnnotatedArticle> event) {
    List<Map<String, Integer>> leads = new ArrayList<>();
    for (AnnotatedArticle article : event) {
      leads.add(ContentWords.count(article.body(), article.lead().start(), article.lead().end()));
    }
    Candidate best = null;
    for (int a = 0; a < event.size(); a++) {
      AnnotatedArticle article = event.get(a);
      int taken = 0;
      for (Span sentence : article.sentences()) {
        if (!article.lead().contains(sentence) || taken++ >= LEAD_SENTENCES) {
          continue;
        }
        Map<String, Integer> words = ContentWords.count(article.body(), sentence.start(), sentence.end());
        double score = 0;
        for (int b = 0; b < event.size(); b++) {
          if (b != a || event.size() == 1) {
            score += SparseVectors.cosine(words, leads.get(b), word -> 1.0);
          }
        }
        score -= 0.05 * taken;
        if (best == null || score > best.score) {
          best = new Candidate(article, sentence, score);
        }
      }
    }
    return best;
  }

  private static String shorten(String sentence) {
    return sentence.length() <= 90 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 87)) + "…";
  }
}
