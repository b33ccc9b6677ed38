package dev.parallax.internal;

import dev.parallax.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines that open an article's first sentence ("KELMAR, March 3 (Meridian Wire) -",
 * "21st November 2023 – (Moscow)"): a short run before a dash that holds a digit, a closing
 * parenthesis or an all-capitals place, followed by a capitalised word. Thread-safe.
 */
public final class Datelines {

  private static final Pattern DATELINE = Pattern.compile(
      "^(?=[^–—\\n]{0,80}?(?:\\d|\\)|^\\p{Lu}{3,}))[^–—\\n]{1,80}?\\s[–—-]{1,2}\\s(?:\\([^)\\n]{1,40}\\)\\s)?(?=\\p{Lu}|[\"“])");

  private Datelines() {}

  /** The sentence without an opening dateline; the sentence itself when it has none. */
  public static Span cut(String body, Span sentence) {
    Matcher dateline = DATELINE.matcher(sentence.of(body));
    return dateline.find() ? new Span(sentence.start() + dateline.end(), sentence.end()) : sentence;
  }
}
