package dev.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a second predicate of the attribution's subject starts inside reported content: "and"
 * or "but" followed by a finite verb with no subject of its own ({@code X noted [A] and quoted
 * B}, {@code X said [A] but declined to say B}), or, after a participle cue, by another
 * participle ({@code urging [A] and promising B}). A rule of thumb over words, no parser.
 */
final class SecondPredicate {

  private static final Set<String> COORDINATORS = Set.of("and", "but");
  /** Auxiliaries and common irregular past forms that open a predicate. */
  private static final Set<String> FINITE = Set.of("has", "have", "had", "would", "will", "did", "does", "is", "was",
      "could", "can", "should", "may", "might", "must", "made", "took", "gave", "went", "came", "got", "told", "said",
      "wrote", "led", "left", "sent", "held", "kept", "spent", "brought", "became", "began", "ran", "won", "met",
      "paid", "put", "saw", "knew", "thought", "felt", "found");
  /** Adverbs that may stand between the coordinator and the verb ({@code and then said}). */
  private static final Set<String> ADVERBS = Set.of("also", "then", "later", "even", "still", "never", "again",
      "instead", "quickly", "immediately", "repeatedly", "eventually", "often", "once", "now", "finally");

  private SecondPredicate() {}

  /**
   * The offset where the second predicate's coordinator starts in the content {@code [start,
   * end)} of {@code tokens}, or {@code end}; with {@code participle}, a coordinated "-ing" form
   * counts too.
   */
  static int start(String body, List<Token> tokens, int start, int end, boolean participle, boolean clause) {
    for (int i = 0; i + 1 < tokens.size() && tokens.get(i + 1).end() <= end; i++) {
      Token coordinator = tokens.get(i);
      if (coordinator.start() <= start || !COORDINATORS.contains(coordinator.text())) {
        continue;
      }
      int v = i + 1;
      while (v + 1 < tokens.size() && adverb(tokens.get(v).text())) {
        v++;
      }
      if (predicate(tokens.get(v), participle, clause) || newClause(body, tokens, i, end)) {
        int cut = coordinator.start();
        while (cut > start && " ,-—–".indexOf(body.charAt(cut - 1)) >= 0) {
          cut--;
        }
        return cut;
      }
    }
    return end;
  }

  /**
   * Whether the coordinator at {@code c}, after a comma, opens a clause with a subject of its own
   * and a finite verb ({@code , and the union has sued}).
   */
  private static boolean newClause(String body, List<Token> tokens, int c, int end) {
    if (c == 0 || !body.substring(tokens.get(c - 1).end(), tokens.get(c).start()).contains(",")) {
      return false;
    }
    for (int v = c + 2; v < tokens.size() && v <= c + 1 + Cue.MAX_SPEAKER_WORDS && tokens.get(v).end() <= end; v++) {
      if (!Cue.plainGap(body, tokens.get(v - 1), tokens.get(v))) {
        return false;
      }
      int last = v - 1;
      while (last > c + 1 && adverb(tokens.get(last).text())) {
        last--;
      }
      if (predicate(tokens.get(v), false, false) && Cue.isSpeaker(tokens, c + 1, last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adverb(String word) {
    return ADVERBS.contains(word) || word.length() > 5 && word.endsWith("ly") && ReportingCues.mayPrecedeVerb(word);
  }

  private static boolean predicate(Token token, boolean participle, boolean clause) {
    String word = token.text();
    if (token.isCapitalized()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !clause && (lower.endsWith("ed") || FINITE.contains(lower))
        || participle && lower.endsWith("ing") && lower.length() > 5;
  }
}
