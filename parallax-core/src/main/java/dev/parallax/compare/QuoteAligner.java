package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the quotes of an event's articles into utterances. Two quotes render one utterance when
 * their speakers match (people by surname across articles, organisations by their head word:
 * "Russian Foreign Ministry" and "Russia's foreign ministry") and their content words overlap by
 * at least {@value #MIN_OVERLAP} of the smaller set (overlap coefficient, plural endings folded):
 * a quote joins the group it overlaps most, so different remarks by one speaker stay apart.
 * Quotes without a speaker are left out.
 *
 * <p>Each group's reference rendering is its longest direct quote (else its longest quote);
 * every variant gets its similarity to it (overlap coefficient of content words) and a rendering:
 * {@code VERBATIM} when its words occur word for word in the reference (or the reference in it),
 * {@code VARIANT} for other direct quotes, {@code INDIRECT} for reported speech. A quote is
 * compared only with the groups of its speaker, and with each distinct set of words once: the
 * cost grows with the number of quotes times the distinct wordings of their speaker. Thread-safe.
 */
public final class QuoteAligner {

  /** Overlap coefficient of content words from which two quotes render one utterance. */
  public static final double MIN_OVERLAP = 0.5;

  public List<QuoteGroup> align(List<AnnotatedArticle> articles) {
    List<Draft> drafts = new ArrayList<>();
    Map<String, List<Draft>> bySpeaker = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      for (Quote quote : article.quotes()) {
        if (quote.speaker() == null) {
          continue;
        }
        Member member = new Member(article.id(), quote, quote.content().of(article.body()));
        String key = speakerKey(quote.speaker());
        List<Draft> sameSpeaker = bySpeaker.computeIfAbsent(key, k -> new ArrayList<>());
        Draft home = null;
        double best = 0;
        for (Draft draft : sameSpeaker) {
          double overlap = draft.overlap(member.words);
          if (overlap >= MIN_OVERLAP && overlap > best) {
            home = draft;
            best = overlap;
          }
        }
        if (home == null) {
          home = new Draft();
          drafts.add(home);
          sameSpeaker.add(home);
        }
        home.add(member);
      }
    }
    return drafts.stream()
        .map(Draft::group)
        .sorted(Comparator.comparingLong(QuoteGroup::articleCount).reversed())
        .toList();
  }

  private static String speakerKey(String speaker) {
    String lower = speaker.toLowerCase(Locale.ROOT).strip();
    return lower.substring(lower.lastIndexOf(' ') + 1);
  }

  static double overlap(Set<String> a, Set<String> b) {
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

  /** Lower-case words joined by single spaces, for word-for-word comparison. */
  private static String plainWords(String text) {
    return " " + String.join(" ", text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")).strip() + " ";
  }

  /** One quote of one article with its content words. */
  private record Member(String article, Quote quote, String text, Set<String> words) {
    Member(String article, Quote quote, String text) {
      this(article, quote, text, ContentWords.count(text, 0, text.length()).keySet());
    }
  }

  /** A group in the making; copies of one wording are compared once. */
  private static final class Draft {
    final List<Member> members = new ArrayList<>();
    final Set<Set<String>> wordings = new LinkedHashSet<>();

    void add(Member member) {
      members.add(member);
      wordings.add(member.words);
    }

    double overlap(Set<String> candidate) {
      double best = 0;
      for (Set<String> words : wordings) {
        best = Math.max(best, QuoteAligner.overlap(words, candidate));
      }
      return best;
    }

    QuoteGroup group() {
      Member reference = members.stream()
          .max(Comparator.comparing((Member member) -> member.quote.kind() == Quote.Kind.DIRECT)
              .thenComparingInt(member -> member.text.length()))
          .orElseThrow();
      String referenceWords = plainWords(reference.text);
      String speaker = "";
      List<QuoteVariant> variants = new ArrayList<>();
      for (Member member : members) {
        if (member.quote.speaker().length() > speaker.length()) {
          speaker = member.quote.speaker();
        }
        String words = plainWords(member.text);
        QuoteVariant.Rendering rendering = member.quote.kind() == Quote.Kind.INDIRECT
            ? QuoteVariant.Rendering.INDIRECT
            : referenceWords.contains(words) || words.contains(referenceWords)
                ? QuoteVariant.Rendering.VERBATIM : QuoteVariant.Rendering.VARIANT;
        double similarity = member == reference ? 1.0 : round(QuoteAligner.overlap(reference.words, member.words));
        variants.add(new QuoteVariant(member.article, member.quote.content(), member.text, member.quote.kind(),
            rendering, similarity));
      }
      return new QuoteGroup(speaker, variants);
    }
  }
}
