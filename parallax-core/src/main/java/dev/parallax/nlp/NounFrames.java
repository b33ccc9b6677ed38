package dev.parallax.nlp;

import dev.parallax.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions carried by a noun and its preposition or complementizer ({@code his [criticism of]
 * the deal}, {@code Trump's [claims that] ...}, {@code [questions about] her emails}): the content
 * follows the particle, a clause after "that", "to" or a question word, else a noun phrase up to
 * the next finite verb ({@code his [criticism of] the deal [was] ...}); the
 * source is the possessor before the noun ({@code his}, {@code Trump's}), or none. Thread-safe.
 */
final class NounFrames {

  /** A nominal attribution: the content, and the possessor naming its source (null when none). */
  record Found(Span content, Span source) {}

  /** Words that open an indirect question after a preposition ({@code questions about [whether ...]}). */
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "how", "what", "why", "if", "who", "when",
      "where", "which");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
  /** Adjectives may stand between a possessor and the noun ({@code his repeated [claims that]}); at most this many. */
  private static final int MAX_MODIFIERS = 2;

  private NounFrames() {}

  /**
   * The attribution of the noun at {@code n} whose particle starts at token {@code particle} and
   * ends before token {@code next}; null when there is no content.
   */
  static Found find(String body, Span sentence, List<Token> tokens, int n, int next) {
    if (next >= tokens.size()) {
      return null;
    }
    String particle = tokens.get(next - 1).text().toLowerCase(Locale.ROOT);
    int start = tokens.get(particle.equals("to") ? next - 1 : next).start();
    boolean clause = particle.equals("that") || particle.equals("to")
        || QUESTION_WORDS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
    int end = clause ? IndirectQuotes.clauseEnd(body, start, sentence.end())
        : ObjectPhrase.end(body, tokens, next, sentence.end(), true, false);
    Span content = QuoteSpans.trimmed(body, start, end);
    if (content.length() == 0) {
      return null;
    }
    return new Found(content, possessor(body, tokens, n));
  }

  /** The possessor before the noun at {@code n}: a possessive pronoun, or a name with "'s"; null when none. */
  private static Span possessor(String body, List<Token> tokens, int n) {
    for (int i = n - 1; i >= Math.max(0, n - 1 - MAX_MODIFIERS); i--) {
      Token token = tokens.get(i);
      String gap = body.substring(token.end(), tokens.get(i + 1).start());
      if (gap.equals("'s ") || gap.equals("’s ") || gap.equals("' ") || gap.equals("’ ")) {
        int first = i;
        while (first > 0 && tokens.get(first - 1).isCapitalized() && Cue.plainGap(body, tokens.get(first - 1), tokens.get(first))
            && i - first < Cue.MAX_SPEAKER_WORDS - 1) {
          first--;
        }
        return new Span(tokens.get(first).start(), token.end());
      }
      if (!gap.isBlank()) {
        return null;
      }
      if (POSSESSIVES.contains(token.text().toLowerCase(Locale.ROOT))) {
        return new Span(token.start(), token.end());
      }
      if (token.isCapitalized() || !token.text().equals(token.text().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return null;
  }
}
