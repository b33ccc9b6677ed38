package dev.parallax.compare;

import dev.parallax.model.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate pairs for the figure test of {@link FactAligner}: the statements whose figures can
 * be compared ({@link Figure#sameMeasure}, and for measurements the same thing), found through
 * keys of their figures' measures (dimension, rate and standard unit). Counts meet in the
 * bucket of their noun and of each framing family it belongs to; measurements meet when one's
 * thing is the other's thing or one of the other sentence's words ("830-mile border" and a
 * sentence naming the border). Counts of one noun are all compared with each other: the cost
 * grows with the square of the largest such bucket.
 */
final class MeasureIndex {

  private final List<Statement> statements;
  private final Map<String, int[]> postings;
  private final List<Set<String>> probes = new ArrayList<>();
  private final int[] seen;

  MeasureIndex(List<Statement> statements) {
    this.statements = statements;
    Map<String, Set<Integer>> lists = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      Set<String> probe = new LinkedHashSet<>();
      for (Figure figure : statement.figures()) {
        Quantity quantity = figure.quantity();
        String measure = quantity.dimension() + "|" + quantity.per() + "|" + quantity.standardUnit() + "|";
        List<String> keys = new ArrayList<>();
        if (figure.counts()) {
          keys.add(measure);
          String rate = quantity.dimension() + "|" + quantity.per() + "|family ";
          FramingAnalyzer.families(quantity.standardUnit()).forEach(family -> keys.add(rate + family));
          probe.addAll(keys);
        } else {
          if (figure.thing() != null) {
            keys.add(measure + "thing " + figure.thing());
            keys.add(measure + "named " + figure.thing().split(" ")[0]);
            probe.add(measure + "thing " + figure.thing());
            probe.add(measure + "word " + figure.thing().split(" ")[0]);
          }
          statement.words().keySet().forEach(word -> {
            keys.add(measure + "word " + word);
            probe.add(measure + "named " + word);
          });
        }
        for (String key : keys) {
          lists.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(i);
        }
      }
      probes.add(probe);
    }
    postings = new HashMap<>();
    lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    seen = new int[statements.size()];
    Arrays.fill(seen, -1);
  }

  /** The statements after {@code a}, of other articles, with a figure comparable to one of its figures; ascending. */
  int[] partners(int a) {
    String article = statements.get(a).articleId();
    int[] found = new int[16];
    int count = 0;
    for (String key : probes.get(a)) {
      int[] list = postings.get(key);
      if (list == null) {
        continue;
      }
      int from = Arrays.binarySearch(list, a + 1);
      for (int k = from >= 0 ? from : -from - 1; k < list.length; k++) {
        int b = list[k];
        if (seen[b] != a && !statements.get(b).articleId().equals(article)) {
          seen[b] = a;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = b;
        }
      }
    }
    int[] partners = Arrays.copyOf(found, count);
    Arrays.sort(partners);
    return partners;
  }
}
