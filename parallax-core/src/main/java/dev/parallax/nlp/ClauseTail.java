package dev.parallax.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words after reported content that comment on it rather than continue it, and where they
 * start: a reporting participle after a comma ({@code X said [A], warning that B}), an
 * apposition summing up the clause ({@code X said [A], a claim the engineers dispute}) and a
 * single dash that opens no elaboration ({@code X said [A] — a claim ...}, not {@code X said [A —
 * especially B]} nor an aside between two dashes). A comma may stand inside a closing quotation
 * mark ({@code ,” adding}). A rule of thumb over words, no parser.
 */
final class ClauseTail {

  /** A participle or an indefinite article after a comma. */
  private static final Pattern AFTER_COMMA = Pattern.compile(",[”'\"]*\\s(\\p{Ll}+ing|an?)\\b");
  /** An article in a second item of a list ({@code , a liar and a whiner}). */
  private static final Pattern FOLLOWING_ARTICLE = Pattern.compile("\\b(?:and|or)\\s+an?\\b");
  private static final Pattern DASH = Pattern.compile("[”'\"]*(?:\\s(?:-|--|—|–)\\s|—)");
  /** Words after a dash that go on with the content ({@code — especially after the repairs}). */
  private static final Pattern ELABORATION = Pattern.compile("\\s*(?:especially|particularly|including|like|such|"
      + "assuming|only|if|whether|unless|ahead|and that)\\b");

  private ClauseTail() {}

  /** Where the tail of the content {@code [from, end)} starts, else {@code end}. */
  static int start(String body, int from, int end) {
    int tail = afterComma(body, from, end);
    Matcher dash = DASH.matcher(body).region(from, tail);
    if (dash.find()) {
      int dashStart = dash.start();
      if (!ELABORATION.matcher(body).region(dash.end(), tail).lookingAt() && !dash.find()) {
        return dashStart;
      }
    }
    return tail;
  }

  /** Where a reporting participle or a closing apposition follows a comma in {@code [from, end)}, else {@code end}. */
  private static int afterComma(String body, int from, int end) {
    Matcher matcher = AFTER_COMMA.matcher(body).region(from, end);
    while (matcher.find()) {
      String word = matcher.group(1);
      boolean tail = word.length() <= 2 ? finalApposition(body, matcher.end(), end)
          : ReportingCues.isVerbForm(word) || FrameAttributions.isFrameVerb(word);
      if (tail) {
        return matcher.start();
      }
    }
    return end;
  }

  /**
   * Whether the noun phrase opened by an indefinite article after a comma runs to {@code end}
   * with no further comma and no coordinated article: an apposition summing up the clause
   * ({@code said she should face no charges, a recommendation Lynch adopted}), not an
   * apposition inside it or an item of a list ({@code a "loser," a "liar" and a "whiner"}).
   */
  private static boolean finalApposition(String body, int from, int end) {
    String rest = body.substring(from, end);
    return !rest.contains(", ") && !FOLLOWING_ARTICLE.matcher(rest).find();
  }
}
