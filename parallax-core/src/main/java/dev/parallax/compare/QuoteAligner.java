package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups the quotes of an event's articles into utterances: quotes by the same speaker (people
 * matched by surname across articles) whose content words overlap by at least {@value
 * #MIN_OVERLAP} of the shorter quote are one utterance in different wordings; other remarks by
 * the same speaker stay apart. Quotes without a speaker are left out. Thread-safe.
 */
public final class QuoteAligner {

  /** Overlap coefficient of content words above which two quotes render one utterance. */
  public static final double MIN_OVERLAP = 0.5;

  public List<QuoteGroup> align(List<AnnotatedArticle> articles) {
    List<Draft> drafts = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      for (Quote quote : article.quotes()) {
        if (quote.speaker() == null) {
          continue;
        }
        String text = quote.content().of(article.body());
        Set<String> words = ContentWords.count(text, 0, text.length()).keySet();
        Draft home = null;
        double best = 0;
        for (Draft draft : drafts) {
          double overlap = draft.speakerKey.equals(speakerKey(quote.speaker())) ? draft.overlap(words) : 0;
          if (overlap >= MIN_OVERLAP && overlap > best) {
            home = draft;
            best = overlap;
          }
        }
        if (home == null) {
          home = new Draft(speakerKey(quote.speaker()));
          drafts.add(home);
        }
        home.add(quote.speaker(), new QuoteVariant(article.id(), quote.content(), text, quote.kind(),
            home.variants.isEmpty() ? 1.0 : round(home.overlapWithFirst(words))), words);
      }
    }
    return drafts.stream()
        .map(Draft::group)
        .sorted(Comparator.comparingLong(QuoteGroup::articleCount).reversed())
        .toList();
  }

  private static String speakerKey(String speaker) {
    String lower = speaker.toLowerCase(Locale.ROOT);
    return lower.substring(lower.lastIndexOf(' ') + 1);
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static final class Draft {
    final String speakerKey;
    String speaker = "";
    final List<QuoteVariant> variants = new ArrayList<>();
    final List<Set<String>> words = new ArrayList<>();

    Draft(String speakerKey) {
      this.speakerKey = speakerKey;
    }

    double overlap(Set<String> candidate) {
      double best = 0;
      for (Set<String> existing : words) {
        best = Math.max(best, QuoteAligner.overlap(existing, candidate));
      }
      return best;
    }

    double overlapWithFirst(Set<String> candidate) {
      return QuoteAligner.overlap(words.get(0), candidate);
    }

    void add(String speakerName, QuoteVariant variant, Set<String> variantWords) {
      if (speakerName.length() > speaker.length()) {
        speaker = speakerName;
      }
      variants.add(variant);
      words.add(variantWords);
    }

    QuoteGroup group() {
      return new QuoteGroup(speaker, variants);
    }
  }
}
