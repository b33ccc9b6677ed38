package dev.parallax.nlp;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a body into sentences: at {@code . ! ?} (with any closing quotes or brackets) followed
 * by white space and a capital, digit or opening quote; never after a known abbreviation
 * ("Nov.", "Capt.", "U.S.") or a single initial; always at a paragraph break. Thread-safe.
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "capt", "col", "lt", "sgt", "maj", "adm", "cmdr", "gov",
      "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "corp",
      "co", "dept", "univ", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "e.g", "i.e",
      "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  List<Span> split(String body) {
    List<Span> sentences = new ArrayList<>();
    int start = skipSpace(body, 0);
    int i = start;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
        add(sentences, body, start, i);
        start = skipSpace(body, i);
        i = start;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(body, i)) {
        int end = i + 1;
        while (end < body.length() && CLOSERS.indexOf(body.charAt(end)) >= 0) {
          end++;
        }
        add(sentences, body, start, end);
        start = skipSpace(body, end);
        i = start;
        continue;
      }
      i++;
    }
    add(sentences, body, start, body.length());
    return sentences;
  }

  private static boolean isBoundary(String text, int at) {
    int next = at + 1;
    while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next >= text.length() || !isSpace(text.charAt(next))) {
      return false;
    }
    int after = skipSpace(text, next);
    if (after >= text.length()) {
      return true;
    }
    char first = text.charAt(after);
    boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0;
    if (!startsSentence) {
      return false;
    }
    return text.charAt(at) != '.' || !endsWithAbbreviation(text, at);
  }

  private static boolean endsWithAbbreviation(String text, int dot) {
    int wordStart = dot;
    while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
      return true;
    }
    return ABBREVIATIONS.contains(word);
  }

  /** White space, with the no-break space of web pages ({@code &nbsp;}). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    int trimmedEnd = end;
    while (trimmedEnd > start && isSpace(text.charAt(trimmedEnd - 1))) {
      trimmedEnd--;
    }
    if (trimmedEnd > start) {
      sentences.add(new Span(start, trimmedEnd));
    }
  }
}
