package dev.parallax.eval;

import dev.parallax.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word tokens (runs of letters and digits) inside spans, identified by their start offsets. */
final class WordTokens {

  private WordTokens() {}

  static Set<Integer> starts(String body, List<Span> spans) {
    Set<Integer> starts = new HashSet<>();
    for (Span span : spans) {
      int i = span.start();
      int end = Math.min(span.end(), body.length());
      while (i < end) {
        if (Character.isLetterOrDigit(body.charAt(i))) {
          starts.add(i);
          while (i < end && Character.isLetterOrDigit(body.charAt(i))) {
            i++;
          }
        } else {
          i++;
        }
      }
    }
    return starts;
  }
}
