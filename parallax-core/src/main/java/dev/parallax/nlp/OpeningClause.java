package dev.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subordinate clause opening the sentence ({@code When the judge announced [he would not
 * send me to prison], Berman proceeded ...}, {@code Though she said [it was a mistake], she
 * ...}): reported content inside it ends at the comma where the main clause begins. A rule of
 * thumb over words, no parser.
 */
final class OpeningClause {

  private static final Set<String> SUBORDINATORS = Set.of("when", "while", "although", "though", "if", "as",
      "after", "before", "since", "because", "once", "until", "unless", "whereas", "whether", "whenever");

  /** Words that may stand before the subordinator ({@code But while}, {@code Even though}). */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "even", "just", "still", "now");

  private OpeningClause() {}

  /**
   * Where content starting at {@code start} ends when the sentence whose words are {@code
   * tokens} opens with a subordinator at {@code sentenceStart}: at the first comma after the
   * content's first word, else {@code end}.
   */
  static int end(String body, List<Token> tokens, int sentenceStart, int start, int end) {
    int first = tokens.size() > 1 && OPENERS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
    if (tokens.isEmpty() || !body.substring(sentenceStart, tokens.get(0).start()).isBlank()
        || !SUBORDINATORS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      return end;
    }
    for (int i = 1; i < tokens.size() && tokens.get(i).start() < end; i++) {
      if (tokens.get(i - 1).start() >= start && body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",")) {
        return tokens.get(i - 1).end();
      }
    }
    return end;
  }
}
