package dev.parallax.compare;

import dev.parallax.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * How the outlets of an event or story word it: different words for the same referent, the
 * verbs of their headlines, whose voice each quotes first, and words that appear only inside
 * quotes, never in any outlet's own voice.
 */
public record Framing(List<WordChoice> wordChoices, List<HeadlineVerb> headlineVerbs, List<FirstVoice> firstVoices,
    List<QuotedWord> quoteOnlyWords) {

  public Framing {
    wordChoices = List.copyOf(wordChoices);
    headlineVerbs = List.copyOf(headlineVerbs);
    firstVoices = List.copyOf(firstVoices);
    quoteOnlyWords = List.copyOf(quoteOnlyWords);
  }

  /** Different words for one referent ("troops" vs "military advisers"), with where each is used. */
  public record WordChoice(String referent, List<Wording> wordings) {
    public WordChoice {
      Objects.requireNonNull(referent, "referent");
      wordings = List.copyOf(wordings);
    }

    /** The distinct words chosen, in order of first use. */
    public List<String> terms() {
      return wordings.stream().map(Wording::term).distinct().toList();
    }
  }

  /**
   * One article's use of a word: in its body at {@code span} (null when in the headline),
   * inside a quote or in the outlet's own voice.
   */
  public record Wording(String term, String article, Span span, boolean quoted) {
    public Wording {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(article, "article");
    }

    public boolean inHeadline() {
      return span == null;
    }
  }

  /** The verbs of an article's headline ("rejects", "regrets"). */
  public record HeadlineVerb(String article, String headline, List<String> verbs) {
    public HeadlineVerb {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(headline, "headline");
      verbs = List.copyOf(verbs);
    }
  }

  /** Whom an article quotes first, and where. */
  public record FirstVoice(String article, String speaker, Span span) {
    public FirstVoice {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(span, "span");
    }
  }

  /** A word quoted twice or more but never used in an outlet's own voice, with its first place in each article. */
  public record QuotedWord(String word, List<Wording> uses) {
    public QuotedWord {
      Objects.requireNonNull(word, "word");
      uses = List.copyOf(uses);
    }
  }
}
