package dev.parallax.brief;

import dev.parallax.brief.BriefSentence.Section;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Fact;
import dev.parallax.compare.FactStatement;
import dev.parallax.compare.Framing;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Timeline;
import dev.parallax.internal.Centrality;
import dev.parallax.internal.ContentWords;
import dev.parallax.internal.Datelines;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brief stage: a neutral, cited brief of a story, in four parts. <b>Summary</b>: for each
 * event, in the order they happened, the opening sentence (among the first {@value
 * #LEAD_SENTENCES} of each article's lead, dateline cut) that shares most words with the other
 * articles' leads; then the facts most widely agreed. <b>Timeline</b>: each dated development
 * with the sentences that date it. <b>Quotes</b>: the utterances quoted by most articles, with
 * the speaker named where the article names them. <b>Differences</b>: conflicting figures and
 * differing word choices. Every sentence cites article spans; quoted words are verbatim from
 * the cited spans; every name in a sentence appears in them (see {@link BriefChecker}).
 * Thread-safe.
 */
public final class BriefWriter {

  static final int LEAD_SENTENCES = 3;
  static final int MAX_AGREED_FACTS = 3;
  static final int MAX_TIMELINE_DAYS = 8;
  static final int MAX_QUOTES_PER_EVENT = 2;
  static final int MAX_WORD_CHOICES = 4;

  /** One event of the story: its articles and their utterances grouped across outlets. */
  public record Event(List<AnnotatedArticle> articles, List<QuoteGroup> quotes) {
    public Event {
      articles = List.copyOf(articles);
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * Writes the brief of a story.
   *
   * @param events the story's events, in the order they happened
   * @param story the comparison of all the story's articles
   */
  public Brief write(List<Event> events, Comparison story) {
    Objects.requireNonNull(story, "story");
    Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
    events.forEach(event -> event.articles().forEach(article -> articles.put(article.id(), article)));
    List<BriefSentence> sentences = new ArrayList<>();
    String title = null;
    int largest = 0;
    for (Event event : events) {
      Opening best = mostCentral(event.articles());
      if (best == null) {
        continue;
      }
      sentences.add(new BriefSentence(best.sentence.of(best.article.body()), Section.SUMMARY,
          List.of(new Citation(best.article.id(), best.sentence))));
      String headline = best.article.article().headline();
      if (event.articles().size() > largest && headline != null) {
        title = headline;
        largest = event.articles().size();
      }
    }
    agreedFacts(story, sentences);
    timeline(story.timeline(), sentences);
    for (Event event : events) {
      quotes(event, articles, sentences);
    }
    differences(story, articles, sentences);
    if (title == null) {
      title = sentences.isEmpty() ? "Untitled story" : shorten(sentences.get(0).text());
    }
    return new Brief(title, sentences);
  }

  private static void agreedFacts(Comparison story, List<BriefSentence> sentences) {
    story.facts().stream()
        .filter(fact -> fact.kind() == Fact.Kind.AGREED && fact.articles().size() >= 2)
        .filter(fact -> fact.statements().stream().anyMatch(s -> s.stance() == FactStatement.Stance.STATED))
        .filter(fact -> sentences.stream().noneMatch(s -> s.text().equals(fact.text())))
        .limit(MAX_AGREED_FACTS)
        .forEach(fact -> sentences.add(new BriefSentence(fact.text(), Section.SUMMARY, citations(fact))));
  }

  /** The busiest days of the timeline, in calendar order; days told by the same sentences share one line. */
  private static void timeline(Timeline timeline, List<BriefSentence> sentences) {
    List<Timeline.Entry> entries = timeline.entries();
    List<Timeline.Entry> kept = entries.stream()
        .sorted((a, b) -> Integer.compare(b.sources().size(), a.sources().size()))
        .limit(MAX_TIMELINE_DAYS)
        .toList();
    Timeline.Entry previous = null;
    for (Timeline.Entry entry : entries) {
      if (!kept.contains(entry)) {
        continue;
      }
      List<Citation> citations = entry.sources().stream().map(s -> new Citation(s.article(), s.span())).toList();
      BriefSentence last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
      if (previous != null && last != null && previous.sources().equals(entry.sources())) {
        sentences.set(sentences.size() - 1, new BriefSentence(previous.date() + " to " + entry.date() + ": "
            + entry.text(), Section.TIMELINE, citations));
      } else {
        sentences.add(new BriefSentence(entry.date() + ": " + entry.text(), Section.TIMELINE, citations));
        previous = entry;
      }
    }
  }

  private static void quotes(Event event, Map<String, AnnotatedArticle> articles, List<BriefSentence> sentences) {
    int written = 0;
    for (QuoteGroup group : event.quotes()) {
      if (written >= MAX_QUOTES_PER_EVENT) {
        break;
      }
      if (group.articleCount() < 2 && event.articles().size() > 1) {
        continue;
      }
      QuoteVariant first = group.variants().get(0);
      Span speakerSpan = nameOf(articles.get(first.article()), group.speaker(), first.span());
      if (speakerSpan == null) {
        continue;
      }
      List<Citation> citations = new ArrayList<>();
      citations.add(new Citation(first.article(), speakerSpan));
      group.variants().forEach(variant -> citations.add(new Citation(variant.article(), variant.span())));
      long wordings = group.variants().stream().map(QuoteVariant::text).distinct().count();
      String text = group.speaker() + ": “" + first.text() + "”"
          + (group.articleCount() > 1 ? " (quoted by " + group.articleCount() + " articles, in " + wordings
              + (wordings == 1 ? " wording)" : " wordings)") : "");
      sentences.add(new BriefSentence(text, Section.QUOTES, citations));
      written++;
    }
  }

  /** Where the article names the speaker, nearest to the quote: a mention of that entity. */
  private static Span nameOf(AnnotatedArticle article, String speaker, Span quote) {
    Span best = null;
    for (Mention mention : article.mentions()) {
      if (mention.entity().equals(speaker)
          && (best == null || Math.abs(mention.span().start() - quote.start()) < Math.abs(best.start() - quote.start()))) {
        best = mention.span();
      }
    }
    return best;
  }

  private static void differences(Comparison story, Map<String, AnnotatedArticle> articles,
      List<BriefSentence> sentences) {
    story.facts().stream().filter(fact -> fact.kind() == Fact.Kind.CONFLICT)
        .forEach(fact -> sentences.add(new BriefSentence(fact.text(), Section.DIFFERENCES, citations(fact))));
    int written = 0;
    for (Framing.WordChoice choice : story.framing().wordChoices()) {
      Map<String, Citation> byTerm = new LinkedHashMap<>();
      for (Framing.Wording wording : choice.wordings()) {
        if (!wording.inHeadline()) {
          byTerm.putIfAbsent(wording.term(), new Citation(wording.article(), wording.span()));
        }
      }
      if (byTerm.size() < 2 || written++ >= MAX_WORD_CHOICES) {
        continue;
      }
      List<String> terms = new ArrayList<>();
      byTerm.forEach((term, citation) -> terms.add("“" + citation.span().of(articles.get(citation.article()).body()) + "”"));
      sentences.add(new BriefSentence("Words used for " + choice.referent() + ": " + String.join(", ", terms) + ".",
          Section.DIFFERENCES, List.copyOf(byTerm.values())));
    }
  }

  private static List<Citation> citations(Fact fact) {
    List<Citation> citations = new ArrayList<>();
    for (FactStatement statement : fact.statements()) {
      citations.add(new Citation(statement.article(), statement.span()));
    }
    return citations;
  }

  private record Opening(AnnotatedArticle article, Span sentence) {}

  /**
   * The opening sentence most shared with the other articles' leads, found without comparing
   * every sentence with every lead (see {@link Centrality}); null for an event without one.
   */
  private static Opening mostCentral(List<AnnotatedArticle> event) {
    List<Map<String, Integer>> leads = new ArrayList<>();
    for (AnnotatedArticle article : event) {
      leads.add(ContentWords.count(article.body(), article.lead().start(), article.lead().end()));
    }
    List<Opening> openings = new ArrayList<>();
    List<Centrality.Candidate> candidates = new ArrayList<>();
    for (int a = 0; a < event.size(); a++) {
      AnnotatedArticle article = event.get(a);
      int taken = 0;
      for (Span sentence : article.sentences()) {
        if (!article.lead().contains(sentence) || taken++ >= LEAD_SENTENCES) {
          continue;
        }
        Map<String, Integer> words = ContentWords.count(article.body(), sentence.start(), sentence.end());
        candidates.add(new Centrality.Candidate(words, event.size() == 1 ? -1 : a, 0, 0.05 * taken));
        openings.add(new Opening(article, Datelines.cut(article.body(), sentence)));
      }
    }
    int best = Centrality.first(candidates, leads, word -> 1.0);
    return best < 0 ? null : openings.get(best);
  }

  /** A title from a sentence: at most 88 characters, cut at a space where there is one. */
  static String shorten(String sentence) {
    if (sentence.length() <= 90) {
      return sentence;
    }
    int space = sentence.lastIndexOf(' ', 87);
    return sentence.substring(0, space > 0 ? space : 87) + "…";
  }
}
