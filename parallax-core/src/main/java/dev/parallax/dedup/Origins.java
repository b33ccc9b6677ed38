package dev.parallax.dedup;

import java.util.List;

/**
 * How independent an event's coverage is: "N articles, M outlets, K independent origins".
 *
 * @param articles how many articles report the event
 * @param outlets how many distinct named outlets published them
 * @param origins how many independent texts they come from: copies of one text and articles
 *     crediting one wire service count once
 * @param copies the groups of two or more articles that are one origin, each in arrival order
 */
public record Origins(int articles, int outlets, int origins, List<List<String>> copies) {

  public Origins {
    copies = copies.stream().map(List::copyOf).toList();
  }

  /** "5 articles, 4 outlets, 2 independent origins". */
  public String summary() {
    return articles + (articles == 1 ? " article, " : " articles, ") + outlets
        + (outlets == 1 ? " outlet, " : " outlets, ") + origins
        + (origins == 1 ? " independent origin" : " independent origins");
  }
}
