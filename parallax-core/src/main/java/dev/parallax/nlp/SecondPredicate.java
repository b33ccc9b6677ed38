package dev.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where reported content gives way to a second predicate or clause joined by "and" or "but": a
 * finite verb with no subject of its own after content that is no clause ({@code X declined [to
 * comment] and left}), another participle after a participle cue ({@code urging [A] and
 * promising B}), the auxiliary of the cue again ({@code X has said [A] and has proposed B}), or,
 * after a comma, a clause with its own subject ({@code X said [A], and the union has sued}). A
 * finite verb without a subject after clause content may still be the clause's own ({@code said
 * [she was tired and wanted a change]}) and does not end it. A rule of thumb over words, no parser.
 */
final class SecondPredicate {

  private static final Set<String> COORDINATORS = Set.of("and", "but");
  /** Auxiliaries and common irregular past forms that open a predicate. */
  private static final Set<String> FINITE = Set.of("has", "have", "had", "would", "will", "did", "does", "is", "was",
      "could", "can", "should", "may", "might", "must", "made", "took", "gave", "went", "came", "got", "told", "said",
      "wrote", "led", "left", "sent", "held", "kept", "spent", "brought", "became", "began", "ran", "won", "met",
      "paid", "put", "saw", "knew", "thought", "felt", "found");
  /** Auxiliaries before a cue that, repeated after "and", open a predicate of the cue's subject. */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would");
  /** Adverbs that may stand between the coordinator and the verb ({@code and then said}). */
  private static final Set<String> ADVERBS = Set.of("also", "then", "later", "even", "still", "never", "again",
      "instead", "quickly", "immediately", "repeatedly", "eventually", "often", "once", "now", "finally");

  private SecondPredicate() {}

  /**
   * The offset where reported content {@code [start, end)} after the cue at token {@code v} gives
   * way to a second predicate or clause, or {@code end}; {@code clause} says the content is a
   * clause with a subject of its own.
   */
  static int start(String body, List<Token> tokens, int v, int start, int end, boolean clause) {
    boolean participle = tokens.get(v).text().endsWith("ing");
    String auxiliary = v > 0 ? tokens.get(v - 1).text().toLowerCase(Locale.ROOT) : "";
    for (int i = v + 1; i + 1 < tokens.size() && tokens.get(i + 1).end() <= end; i++) {
      Token coordinator = tokens.get(i);
      if (coordinator.start() <= start || !COORDINATORS.contains(coordinator.text())) {
        continue;
      }
      int next = i + 1;
      while (next + 1 < tokens.size() && adverb(tokens.get(next).text())) {
        next++;
      }
      Token verb = tokens.get(next);
      String word = verb.text();
      boolean predicate = !verb.isCapitalized() && (!clause && finite(word)
          || participle && word.endsWith("ing") && word.length() > 5
          || AUXILIARIES.contains(auxiliary) && word.equals(auxiliary));
      if (predicate || newClause(body, tokens, i, end)) {
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
    if (!body.substring(tokens.get(c - 1).end(), tokens.get(c).start()).contains(",")) {
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
      if (!tokens.get(v).isCapitalized() && finite(tokens.get(v).text()) && Cue.isSpeaker(tokens, c + 1, last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adverb(String word) {
    return ADVERBS.contains(word) || word.length() > 5 && word.endsWith("ly") && ReportingCues.mayPrecedeVerb(word);
  }

  private static boolean finite(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ed") || FINITE.contains(lower);
  }
}
