package dev.parallax.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into text blocks in one pass over the DOM: a block is the text between two
 * block-level boundaries (an opening or closing {@code p}, {@code div}, {@code li}, heading,
 * table row..., or a {@code br}), so text written straight into a {@code div} or split by
 * line breaks counts as much as text in {@code <p>}. Each block knows the element that holds it,
 * how much of its text is link text, and whether it sits inside page furniture (an element
 * whose class or id names navigation, comments, related links, share bars...). Scripts,
 * styles, forms, navigation, figures and hidden elements are skipped whole. The traversal is
 * iterative, so deeply nested markup cannot overflow the stack; at most {@value #MAX_BLOCKS}
 * blocks are kept.
 */
final class TextBlocks {

  static final int MAX_BLOCKS = 20_000;

  /**
   * One block of text.
   *
   * @param owner the innermost block-level element holding the text
   * @param linkChars characters of the text inside links
   * @param furniture the ancestors named like page furniture, innermost last
   */
  record Block(Element owner, String text, int linkChars, List<Element> furniture) {
    double linkDensity() {
      return text.isEmpty() ? 1 : Math.min(1, (double) linkChars / text.length());
    }

    boolean isHeading() {
      return owner.nameIs("h1") || owner.nameIs("h2") || owner.nameIs("h3") || owner.nameIs("h4")
          || owner.nameIs("h5") || owner.nameIs("h6");
    }
  }

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
      "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
      "tbody", "tfoot", "tr", "caption", "blockquote", "pre", "address", "hr", "center", "details", "summary",
      "body", "html", "figure", "dialog");
  private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "form",
      "button", "nav", "figure", "figcaption", "select", "svg", "template", "head", "textarea", "input", "object",
      "embed", "video", "audio", "canvas", "map", "aside", "footer", "menu", "label", "dialog");
  /**
   * Class and id name parts of page furniture (after Readability's "unlikely candidates"),
   * matched in the lower-cased names as substrings; a plain loop of {@code contains} is many
   * times faster here than one case-insensitive alternation.
   */
  private static final List<String> FURNITURE = List.of("comment", "disqus", "related", "recommend", "share",
      "sharing", "social", "newsletter", "subscri", "signup", "cookie", "consent", "gdpr", "banner", "sidebar",
      "side-bar", "widget", "popup", "modal", "breadcrumb", "menu", "navbar", "nav-", "-nav", "footer", "masthead",
      "pagination", "pager", "sponsor", "promo", "outbrain", "taboola", "byline", "author-info", "caption", "credit",
      "tag-list", "keywords", "read-more", "readmore", "more-stories", "trending", "most-popular", "mostpopular",
      "-ad-", "advert", "skip-link", "toolbar", "print-only", "visually-hidden");
  /** Whole words (between characters other than letters, digits and '_') that name furniture. */
  private static final Set<String> FURNITURE_WORDS = Set.of("tag", "tags", "ad", "ads");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9_]+");
  /** Names that make a furniture-looking element a content element after all. */
  private static final Pattern CONTENT = Pattern.compile("(?i)article-?body|articlebody|entry-content|post-content"
      + "|story-body|storybody|article-content|main-content|post-body|body-text|article-text|story-content");

  private TextBlocks() {}

  static List<Block> of(Element root) {
    Collector collector = new Collector();
    NodeTraversor.filter(collector, root);
    collector.flush();
    return collector.blocks;
  }

  /** Whether an element's class or id names page furniture. */
  static boolean isFurniture(Element element) {
    return isFurnitureName(names(element));
  }

  private static boolean isFurnitureName(String names) {
    if (names.isEmpty()) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    boolean furniture = false;
    for (String part : FURNITURE) {
      if (lower.contains(part)) {
        furniture = true;
        break;
      }
    }
    if (!furniture && (lower.contains("ad") || lower.contains("tag"))) {
      for (String word : WORD_SEPARATOR.split(lower)) {
        furniture |= FURNITURE_WORDS.contains(word);
      }
    }
    return furniture && !CONTENT.matcher(lower).find();
  }

  /** An element's class and id names, space-separated. */
  static String names(Element element) {
    String id = element.id();
    String className = element.className();
    return id.isEmpty() ? className : className.isEmpty() ? id : className + " " + id;
  }

  private static boolean isSkipped(Element element) {
    return SKIPPED_TAGS.contains(element.normalName()) || element.hasAttr("hidden")
        || "true".equals(element.attr("aria-hidden")) || element.attr("style").replace(" ", "").contains("display:none");
  }

  /** The traversal state: the open block-level elements, link and furniture depth, the text so far. */
  private static final class Collector implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ArrayList<Element> owners = new ArrayList<>();
    private final ArrayList<Element> furniture = new ArrayList<>();
    /** Class and id strings already judged (pages repeat them a lot). */
    private final Map<String, Boolean> furnitureNames = new HashMap<>();
    private int linkDepth;
    private int linkChars;
    private boolean pendingSpace;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (blocks.size() >= MAX_BLOCKS || depth > 0 && isSkipped(element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = element.normalName();
      if (name.equals("br")) {
        flush();
      } else if (name.equals("a")) {
        linkDepth++;
      } else if (name.equals("td") || name.equals("th") || name.equals("img")) {
        pendingSpace = true;
      } else if (BLOCK_TAGS.contains(name)) {
        flush();
        owners.add(element);
        String names = names(element);
        if (!names.isEmpty() && furnitureNames.computeIfAbsent(names, TextBlocks::isFurnitureName)) {
          furniture.add(element);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("a")) {
          linkDepth--;
        } else if (BLOCK_TAGS.contains(name) && !owners.isEmpty() && owners.get(owners.size() - 1) == element) {
          flush();
          owners.remove(owners.size() - 1);
          if (!furniture.isEmpty() && furniture.get(furniture.size() - 1) == element) {
            furniture.remove(furniture.size() - 1);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String raw) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && !text.isEmpty()) {
          text.append(' ');
          linkChars += linkDepth > 0 ? 1 : 0;
        }
        pendingSpace = false;
        text.append(c);
        linkChars += linkDepth > 0 ? 1 : 0;
      }
    }

    void flush() {
      if (!text.isEmpty() && !owners.isEmpty()) {
        blocks.add(new Block(owners.get(owners.size() - 1), text.toString(), linkChars,
            furniture.isEmpty() ? List.of() : List.copyOf(furniture)));
      }
      text.setLength(0);
      linkChars = 0;
      pendingSpace = false;
    }
  }
}
