package dev.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The article-extraction benchmark's page score: 4-token shingle multisets of two texts. */
final class ShingleMatch {

  static final int SHINGLE = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleMatch() {}

  /**
   * {@code {tp, fp, fn}} of the predicted text's shingles against the expected text's, each
   * divided by their sum (all zero when both texts are empty).
   */
  static double[] of(String expected, String predicted) {
    Map<String, Integer> gold = shingles(expected);
    Map<String, Integer> found = shingles(predicted);
    double tp = 0;
    double goldTotal = 0;
    double foundTotal = 0;
    for (Map.Entry<String, Integer> entry : gold.entrySet()) {
      goldTotal += entry.getValue();
      tp += Math.min(entry.getValue(), found.getOrDefault(entry.getKey(), 0));
    }
    for (int count : found.values()) {
      foundTotal += count;
    }
    double fp = foundTotal - tp;
    double fn = goldTotal - tp;
    double sum = tp + fp + fn;
    return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    Map<String, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    int last = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < last; i++) {
      shingles.merge(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return shingles;
  }
}
