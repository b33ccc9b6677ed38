package dev.parallax.extract;

/** Counts that describe how a line of text looks. Stateless and thread-safe. */
final class TextShape {

  private TextShape() {}

  /** Number of words: maximal runs of letters or digits. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && !inWord) {
        count++;
      }
      inWord = wordChar;
    }
    return count;
  }

  /** Share of words that start with a lower-case letter: high in prose, low in titles and tags. */
  static double lowerCaseShare(String text) {
    int words = 0;
    int lower = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      }
      inWord = letter || c == '\'' || c == '’' || c == '-';
    }
    return words == 0 ? 0 : (double) lower / words;
  }

  /** Whether every letter is upper case (and there is at least one). */
  static boolean isUpperCase(String text) {
    boolean anyLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        anyLetter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return anyLetter;
  }

  /** "REN QI" becomes "Ren Qi"; other text is returned unchanged. */
  static String titleCaseIfShouting(String text) {
    if (!isUpperCase(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean startOfWord = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(startOfWord ? c : Character.toLowerCase(c));
      startOfWord = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }
}
