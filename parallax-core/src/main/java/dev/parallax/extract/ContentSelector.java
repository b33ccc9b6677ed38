package dev.parallax.extract;

import dev.parallax.extract.TextBlocks.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses which text blocks of a page are the article. Every block of real prose (at least
 * {@value #MIN_PROSE} characters, mostly not link text, outside page furniture) credits its
 * non-link length to the element holding it (for a paragraph, list item or heading: that
 * element's parent), half to the next ancestor and a third, a sixth... to the ones above. An
 * element's score is its credit, times (1 - its link density), times a factor for content-like
 * or furniture-like class names. The best element wins; siblings scoring at least a fifth of
 * it join (articles split across sibling containers). Furniture-named elements holding most of
 * the page's prose (a {@code has-sidebar} page wrapper) are not treated as furniture.
 */
final class ContentSelector {

  static final int MIN_PROSE = 25;
  private static final int LEVELS = 5;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd",
      "dt", "blockquote", "pre", "tr", "caption", "address");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|story|content|entry|body|post|text|main|blog|hentry|prose|rich-?text");

  private final List<Block> blocks;
  private final Map<Element, double[]> totals = new IdentityHashMap<>();
  /** Per element: prose outside furniture, other text outside furniture, text in furniture. */
  private final Map<Element, double[]> netTotals = new IdentityHashMap<>();
  private final Map<Element, Double> credit = new IdentityHashMap<>();
  /** The credited elements in the order first credited, so that ties resolve the same way every run. */
  private final List<Element> candidates = new ArrayList<>();
  private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
  private double pageProse;

  private ContentSelector(List<Block> blocks) {
    this.blocks = blocks;
  }

  /** The article's blocks in page order (empty when the page holds no prose). */
  static List<Block> select(List<Block> blocks) {
    return new ContentSelector(blocks).selectBlocks();
  }

  private List<Block> selectBlocks() {
    for (Block block : blocks) {
      boolean prose = isProse(block);
      pageProse += prose ? block.text().length() : 0;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] sums = totals.computeIfAbsent(e, k -> new double[3]);
        sums[0] += block.text().length();
        sums[1] += block.linkChars();
        sums[2] += prose ? block.text().length() : 0;
      }
    }
    for (Block block : blocks) {
      boolean furnished = inFurniture(block);
      double length = block.text().length();
      double[] share = furnished ? new double[] {0, 0, length} : isProse(block) ? new double[] {length, 0, 0}
          : new double[] {0, length, 0};
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] sums = netTotals.computeIfAbsent(e, k -> new double[3]);
        for (int i = 0; i < 3; i++) {
          sums[i] += share[i];
        }
      }
      if (!isProse(block) || furnished) {
        continue;
      }
      double value = block.text().length() - block.linkChars();
      Element container = PARAGRAPH_TAGS.contains(block.owner().normalName()) ? block.owner().parent() : block.owner();
      int level = 0;
      for (Element e = container; e != null && level < LEVELS; e = e.parent(), level++) {
        if (!credit.containsKey(e)) {
          candidates.add(e);
        }
        credit.merge(e, value / (level == 0 ? 1 : level == 1 ? 2 : 3.0 * level), Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Element candidate : candidates) {
      double score = score(candidate, credit.get(candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    best = widened(best);
    List<Element> chosen = new ArrayList<>();
    chosen.add(best);
    Element parent = best.parent();
    if (parent != null) {
      for (Element sibling : parent.children()) {
        if (sibling != best && credit.containsKey(sibling) && score(sibling, credit.get(sibling)) >= 0.2 * bestScore) {
          chosen.add(sibling);
        }
      }
    }
    List<Block> selected = new ArrayList<>();
    for (Block block : blocks) {
      if (!inFurniture(block) && isInside(block.owner(), chosen)) {
        selected.add(block);
      }
    }
    return selected;
  }

  /**
   * The ancestor of {@code best} (or itself) with the most prose net of other text, looking a
   * few levels up: an article split into sibling sections is taken whole when what lies between
   * the sections is little. A declared {@code itemprop=articleBody} is kept as it is.
   */
  private Element widened(Element best) {
    if (isDeclaredBody(best)) {
      return best;
    }
    Element widest = best;
    double bestNet = net(best);
    int level = 0;
    for (Element e = best.parent(); e != null && level < LEVELS; e = e.parent(), level++) {
      double net = net(e);
      if (net > bestNet) {
        widest = e;
        bestNet = net;
      }
    }
    return widest;
  }

  /** Prose characters outside furniture, less twice the other characters outside it and once those inside. */
  private double net(Element element) {
    double[] sums = netTotals.get(element);
    return sums == null ? 0 : sums[0] - 2 * sums[1] - sums[2];
  }

  private double score(Element element, double elementCredit) {
    double[] sums = totals.get(element);
    double linkDensity = sums[0] == 0 ? 1 : sums[1] / sums[0];
    double factor = 1;
    String names = element.className() + " " + element.id();
    if (isDeclaredBody(element)) {
      factor *= 2;
    } else if (element.nameIs("article") || POSITIVE.matcher(names).find()) {
      factor *= 1.25;
    }
    if (isFurniture(element)) {
      factor *= 0.3;
    }
    return elementCredit * factor * (1 - linkDensity);
  }

  private static boolean isDeclaredBody(Element element) {
    return "articleBody".equals(element.attr("itemprop"));
  }

  private static boolean isProse(Block block) {
    return block.text().length() >= MIN_PROSE && block.linkDensity() < 0.5;
  }

  /** Whether one of the block's furniture-named ancestors really is furniture. */
  private boolean inFurniture(Block block) {
    for (Element element : block.furniture()) {
      if (isFurniture(element)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFurniture(Element element) {
    return furniture.computeIfAbsent(element, e -> {
      if (!TextBlocks.isFurniture(e)) {
        return false;
      }
      double[] sums = totals.get(e);
      return sums == null || sums[2] < 0.4 * pageProse;
    });
  }

  private static boolean isInside(Element element, List<Element> containers) {
    for (Element e = element; e != null; e = e.parent()) {
      for (Element container : containers) {
        if (e == container) {
          return true;
        }
      }
    }
    return false;
  }
}
