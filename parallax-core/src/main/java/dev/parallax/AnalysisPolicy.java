package dev.parallax;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the analysis of a very large event or story bounded: at most {@code maxArticles}
 * articles are read for its entities, quotes, facts, framing, timeline and brief (coverage and
 * origins count every article). An event's sample takes every outlet on every publication day
 * before any second article of one (round robin over outlet-and-day groups, days in order,
 * each group in arrival order), so no voice and no day is dropped while others get two. A
 * story's sample goes round robin over its events' samples, largest events first. What was
 * left out is stated in the output ({@link Analysis.Sample}). Immutable.
 *
 * @param maxArticles the most articles one event or story analysis reads (default {@value #DEFAULT_MAX_ARTICLES})
 */
public record AnalysisPolicy(int maxArticles) {

  public static final int DEFAULT_MAX_ARTICLES = 100;
  public static final AnalysisPolicy DEFAULTS = new AnalysisPolicy(DEFAULT_MAX_ARTICLES);

  public AnalysisPolicy {
    if (maxArticles < 1) {
      throw new IllegalArgumentException("maxArticles must be at least 1, got " + maxArticles);
    }
  }

  /** The ids of the event members to analyse, in the order chosen; all of them when few enough. */
  List<String> sampleEvent(List<AnnotatedArticle> members) {
    if (members.size() <= maxArticles) {
      return members.stream().map(AnnotatedArticle::id).toList();
    }
    record Key(LocalDate day, String outlet) {}
    Map<Key, List<String>> groups = new LinkedHashMap<>();
    for (AnnotatedArticle member : members) {
      Article article = member.article();
      Key key = new Key(article.published() == null ? null : article.published().date(),
          article.outlet() == null ? "" : article.outlet());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(member.id());
    }
    List<List<String>> ordered = groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Key::outlet)))
        .map(Map.Entry::getValue).toList();
    return roundRobin(ordered);
  }

  /**
   * The ids to analyse for a story, given each event's sample (in the policy's order) and its
   * size: round robin over the events, largest first (then in the order given).
   */
  List<String> sampleStory(List<List<String>> eventSamples, List<Integer> eventSizes) {
    Objects.requireNonNull(eventSamples, "eventSamples");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < eventSamples.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> eventSizes.get(i), Comparator.reverseOrder()));
    return roundRobin(order.stream().map(eventSamples::get).toList());
  }

  private List<String> roundRobin(List<List<String>> lists) {
    List<String> chosen = new ArrayList<>();
    for (int round = 0; chosen.size() < maxArticles; round++) {
      boolean any = false;
      for (List<String> list : lists) {
        if (round < list.size() && chosen.size() < maxArticles) {
          chosen.add(list.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return chosen;
  }
}
