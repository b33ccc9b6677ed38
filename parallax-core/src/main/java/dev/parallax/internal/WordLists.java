package dev.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Loads the word lists bundled as resources, and the English stop words. Thread-safe. */
public final class WordLists {

  private static final Set<String> STOP_WORDS = Set.copyOf(
      load(WordLists.class, "stopwords.txt").stream()
          .flatMap(line -> List.of(line.split("\\s+")).stream())
          .toList());

  private WordLists() {}

  /** Whether a lower-case word is a function word or reporting filler. */
  public static boolean isStopWord(String lowerCaseWord) {
    return STOP_WORDS.contains(lowerCaseWord);
  }

  /** The non-blank, non-comment ({@code #}) lines of a resource beside {@code owner}. */
  public static List<String> load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath beside " + owner.getName());
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lower case in the root locale, the form every list lookup uses. */
  public static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
