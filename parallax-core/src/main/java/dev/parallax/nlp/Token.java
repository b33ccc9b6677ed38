package dev.parallax.nlp;

/** A word in the body: letters, digits and inner apostrophes or hyphens, with its offsets. */
record Token(int start, int end, String text) {

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isAllCaps() {
    if (text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
