package dev.parallax.nlp;

import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The source of a frame: the subject of its verb. A participle after a noun is said of that
 * noun ({@code [a super PAC] supporting Cruz}) unless the noun is a verb's object, when the
 * clause subject speaks ({@code [the town] released a statement saying}); after a preposition
 * the clause subject speaks too ({@code [Rubio], after suggesting}); a relative pronoun is the
 * source, as PolNeAR marks it ({@code Sanders, [who] endorsed}), named by the entity before it;
 * else the speaker words of {@link Cue#leading}, or the clause subject. Thread-safe.
 */
final class FrameSubjects {

  /** Words before a participle that make its subject the clause's ({@code X left before [explaining] ...}). */
  private static final Set<String> PREPOSITIONS = Set.of("before", "after", "by", "for", "while", "without",
      "when", "on", "in", "about", "from", "since", "upon", "despite", "of");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "not");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
      "this", "that", "these", "those", "some", "many", "several", "other", "both", "two", "three", "one", "any");
  /** Relative pronouns: the source of a frame in a relative clause, as PolNeAR marks it ({@code Sanders, [who] endorsed}). */
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  private FrameSubjects() {}

  /** The subject of the frame verb at {@code v}, or null when none is found. */
  static Span of(String body, Span sentence, List<Token> tokens, int v) {
    String previous = tokens.get(v - 1).text().toLowerCase(Locale.ROOT);
    if (PREPOSITIONS.contains(previous)) {
      return v >= 2 ? Cue.subject(body, tokens, sentence.start(), v - 2) : null;
    }
    boolean adjacent = body.substring(tokens.get(v - 1).end(), tokens.get(v).start()).isBlank();
    if (tokens.get(v).text().endsWith("ing") && adjacent && !BE.contains(previous)
        && !ReportingCues.mayPrecedeVerb(previous)) {
      Span phrase = nounPhraseBefore(body, tokens, v);
      int first = v - 1;
      while (first > 0 && tokens.get(first - 1).end() > phrase.start()) {
        first--;
      }
      boolean object = first > 0 && verbLike(tokens.get(first - 1)) && !PREPOSITIONS.contains(
          tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
      return object && ReportingCues.isVerb(tokens.get(v).text()) ? Cue.subject(body, tokens, sentence.start(), first - 1)
          : phrase;
    }
    int relative = v - 1;
    while (relative > 0 && ReportingCues.mayPrecedeVerb(tokens.get(relative).text())) {
      relative--;
    }
    if (RELATIVES.contains(tokens.get(relative).text())) {
      return new Span(tokens.get(relative).start(), tokens.get(relative).end());
    }
    Cue attribution = Cue.leading(body, tokens, v, sentence.start());
    return attribution != null ? attribution.speaker() : Cue.subject(body, tokens, sentence.start(), v - 1);
  }

  /**
   * The noun phrase a participle at {@code v} modifies ({@code [a super PAC] supporting}, {@code
   * released [an advert] suggesting}): the words before it back to a determiner, at most {@value
   * Cue#MAX_SPEAKER_WORDS}, not across punctuation or a verb.
   */
  private static Span nounPhraseBefore(String body, List<Token> tokens, int v) {
    int first = v - 1;
    while (first > 0 && v - first < Cue.MAX_SPEAKER_WORDS && !DETERMINERS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
        && Cue.plainGap(body, tokens.get(first - 1), tokens.get(first)) && !verbLike(tokens.get(first - 1))) {
      first--;
    }
    return new Span(tokens.get(first).start(), tokens.get(v - 1).end());
  }

  private static boolean verbLike(Token token) {
    String lower = token.text().toLowerCase(Locale.ROOT);
    return !token.isCapitalized() && (lower.endsWith("ed") || BE.contains(lower) || ReportingCues.isVerbForm(lower)
        || ReportingCues.mayPrecedeVerb(lower) || PREPOSITIONS.contains(lower) || lower.equals("to")
        || lower.equals("and") || lower.equals("or") || lower.equals("that") || lower.equals("who"));
  }


  /** The entity a relative pronoun refers to: the one named right before it ({@code [Sanders], who}), or null. */
  static String antecedent(String body, Span relative, List<Mention> mentions) {
    Mention last = null;
    for (Mention mention : mentions) {
      if (mention.span().end() > relative.start()) {
        break;
      }
      last = mention;
    }
    return last != null && body.substring(last.span().end(), relative.start()).matches("[\\s,]*") ? last.entity()
        : null;
  }

  /** Whether the words are a relative pronoun standing for the source. */
  static boolean isRelative(String words) {
    return RELATIVES.contains(words);
  }
}
