package dev.parallax.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The content words of a text, for comparing texts: lower case, stop words and numbers
 * dropped, plural endings folded ("crossings" → "crossing"). Thread-safe.
 */
public final class ContentWords {

  private ContentWords() {}

  /** Counts of each content word in {@code text[from, to)}. */
  public static Map<String, Integer> count(CharSequence text, int from, int to) {
    Map<String, Integer> counts = new HashMap<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      String word = WordLists.lower(text.subSequence(start, i).toString());
      if (word.length() > 2 && !WordLists.isStopWord(word)) {
        counts.merge(fold(word), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Folds a plural or possessive ending: "crossings" → "crossing", "agencies" → "agency". */
  public static String fold(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
