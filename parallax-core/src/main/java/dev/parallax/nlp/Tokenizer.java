package dev.parallax.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word {@link Token}s: runs of letters and digits, joined by inner apostrophes,
 * hyphens and periods between letters ("Secretary-General", "Niinisto's", "U.S"). A trailing
 * possessive ("'s", "’s") is not part of the token. Thread-safe.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokens(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-' || c == '.') && i + 1 < to
            && Character.isLetterOrDigit(text.charAt(i + 1)) && !isPossessive(text, i, to)
            && (c != '.' || Character.isLetter(text.charAt(i + 1)))) {
          i++;
        } else {
          break;
        }
      }
      tokens.add(new Token(start, i, text.substring(start, i)));
    }
    return tokens;
  }

  private static boolean isPossessive(String text, int apostrophe, int to) {
    char c = text.charAt(apostrophe);
    if (c != '\'' && c != '’') {
      return false;
    }
    int after = apostrophe + 1;
    return after < to && (text.charAt(after) == 's' || text.charAt(after) == 'S')
        && (after + 1 >= to || !Character.isLetterOrDigit(text.charAt(after + 1)));
  }
}
