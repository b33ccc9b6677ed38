package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts an article from an HTML page. The page is cut into text blocks ({@link TextBlocks}:
 * paragraphs, headings, list items, table rows, text written straight into a {@code div});
 * {@link ContentSelector} picks the article's blocks by where the prose is, its link density and
 * the class names around it; the blocks are then cleaned of the repeated headline, link lists,
 * bylines, datelines, pitches and leftovers. A JSON-LD {@code articleBody} clearly longer than
 * what was found replaces it. Captions and boilerplate come from {@link PageAsides}, metadata
 * from {@link HtmlMetadata}, the published and modified dates from {@link PageDates}, which
 * weighs each date by where it sits relative to the chosen content and the headline. Never
 * throws on malformed or deeply nested markup (every pass is iterative). Stateless and
 * thread-safe.
 */
final class HtmlPageExtractor {

  private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\p{Lu}[^.!?]{1,80}");
  static final int DATE_SCAN_CHARS = 20_000;
  /** A headline's header holds at most this many characters of text. */
  static final int MAX_HEADER_CHARS = 1_000;
  private static final Pattern BARE_URL = Pattern.compile("(https?://|www\\.)\\S+");

  PageContent extract(String html, String baseUri) {
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    HtmlMetadata.Declared declared = HtmlMetadata.read(document, baseUri);
    PageAsides asides = PageAsides.of(document);
    List<TextBlocks.Block> article = ContentSelector.select(TextBlocks.of(document.body()));
    List<String> paragraphs = paragraphs(article, declared.headline());
    if (declared.articleBody() != null && words(declared.articleBody()) > 1.2 * words(String.join(" ", paragraphs))) {
      paragraphs = declared.articleBody().lines().map(HtmlPageExtractor::normalize).filter(l -> !l.isEmpty()).toList();
    }
    Element container = article.isEmpty() ? null : article.get(0).owner();
    Element h1 = headlineElement(document, container, declared.headline());
    String headline = headline(h1, declared.headline(), declared.outlet());
    PageDates.Dates dates = dates(document, declared, article, h1, baseUri);
    return new PageContent(declared.url(), declared.outlet(), headline, dates.published(), dates.modified(),
        declared.section(), declared.authors(), paragraphs, asides.boilerplate(), asides.captions(), List.of(),
        declared.language());
  }

  /** Every date candidate of a page, as {@link #extract} weighs them (for tests and diagnosis). */
  List<PageDates.Candidate> dateCandidates(String html, String baseUri) {
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    HtmlMetadata.Declared declared = HtmlMetadata.read(document, baseUri);
    return PageDates.candidates(declared, dateAreas(document, declared), baseUri, declared.url());
  }

  /** The elements {@link #extract} takes as the article's content and header (for diagnosis). */
  static List<Element> dateAreas(Document document, HtmlMetadata.Declared declared) {
    List<TextBlocks.Block> article = ContentSelector.select(TextBlocks.of(document.body()));
    Element container = article.isEmpty() ? null : article.get(0).owner();
    return dateAreas(article, headlineElement(document, container, declared.headline()));
  }

  private static List<Element> dateAreas(List<TextBlocks.Block> article, Element h1) {
    return Arrays.asList(region(article, h1), headerOf(h1));
  }

  /** Only the publication date of a page, chosen as {@link #extract} chooses it. */
  PublicationTime published(String html, String baseUri) {
    return extract(html, baseUri).published();
  }

  /** The selected blocks' text, without headline, link lists, bylines, pitches and leftovers. */
  private static List<String> paragraphs(List<TextBlocks.Block> blocks, String declaredHeadline) {
    Set<String> seen = new LinkedHashSet<>();
    for (TextBlocks.Block block : blocks) {
      String text = block.text();
      if (block.owner().nameIs("h1") || block.linkDensity() > 0.5 && !isLinkedProse(block)
          || text.equalsIgnoreCase(declaredHeadline) || BARE_URL.matcher(text).matches()) {
        continue;
      }
      if (TextShape.words(text) < 8 && LineKinds.isLeftover(text) || LineKinds.isPitch(text)
          || LineKinds.isLegal(text) || BYLINE.matcher(text).matches() || isDateline(text)) {
        continue;
      }
      seen.add(text);
    }
    return List.copyOf(seen);
  }

  /**
   * A short line carrying a date: "Published 12 April 2025", "Jane Roe - Nov 19, 2019, 10:31 pm CST",
   * "By Jane Roe on Monday, November 18th, 2019 at 11:04 a.m."; not a quoted post's "— Name, date".
   */
  private static boolean isDateline(String text) {
    return TextShape.words(text) <= 15 && (!LineKinds.endsSentence(text) || text.startsWith("By "))
        && !text.startsWith("—") && WrittenDates.first(text) != null;
  }

  /** A list item or paragraph that is a long sentence made of links (a summary bullet). */
  private static boolean isLinkedProse(TextBlocks.Block block) {
    return TextShape.words(block.text()) >= 10 && LineKinds.endsSentence(block.text());
  }

  /** The article's {@code h1}, else the page's first that matches the declared headline, else its first. */
  private static Element headlineElement(Document document, Element container, String declared) {
    Element h1 = container == null ? null : container.selectFirst("h1");
    if (h1 != null) {
      return h1;
    }
    Element first = document.selectFirst("h1");
    if (first == null || declared == null || matches(first, declared)) {
      return first;
    }
    for (Element candidate : document.select("h1")) {
      if (matches(candidate, declared)) {
        return candidate;
      }
    }
    return first;
  }

  private static boolean matches(Element h1, String declared) {
    String text = normalize(h1.text());
    return !text.isEmpty() && overlaps(text, declared);
  }

  private static String headline(Element h1, String declared, String outlet) {
    String candidate = h1 == null ? null : normalize(h1.text());
    if (candidate != null && !candidate.isEmpty() && (declared == null || overlaps(candidate, declared))) {
      return candidate;
    }
    if (declared == null) {
      return candidate == null || candidate.isEmpty() ? null : candidate;
    }
    String stripped = declared.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,60}$", "");
    if (outlet != null && declared.endsWith(outlet)) {
      return stripped;
    }
    return stripped.length() >= 15 ? stripped : declared;
  }

  private static boolean overlaps(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.toLowerCase(Locale.ROOT).contains(shorter.toLowerCase(Locale.ROOT).substring(0, Math.min(shorter.length(), 20)));
  }

  /** The page's published and modified dates among all it offers ({@link PageDates}). */
  private static PageDates.Dates dates(Document document, HtmlMetadata.Declared declared,
      List<TextBlocks.Block> article, Element h1, String baseUri) {
    List<PageDates.Candidate> candidates = PageDates.candidates(declared, dateAreas(article, h1),
        baseUri, declared.url());
    return PageDates.choose(candidates, () -> firstDateInText(document));
  }

  /**
   * The element holding the article's blocks and its header: the blocks' nearest common
   * ancestor, widened to its parent and grandparent while they add little text (a byline, a
   * date line), and to the headline when that ancestor is not the whole page.
   */
  private static Element region(List<TextBlocks.Block> article, Element h1) {
    if (article.isEmpty()) {
      return h1 == null ? null : h1.parent();
    }
    Element region = commonAncestor(article.get(0).owner(), article.get(article.size() - 1).owner());
    for (int level = 0; level < 2 && region != null; level++) {
      Element parent = region.parent();
      if (parent == null || parent.nameIs("body") || parent.nameIs("html") || !isShort(parent, region)) {
        break;
      }
      region = parent;
    }
    if (h1 != null && region != null) {
      Element withHeadline = commonAncestor(region, h1);
      if (withHeadline != null && !withHeadline.nameIs("body") && !withHeadline.nameIs("html")) {
        region = withHeadline;
      }
    }
    return region;
  }

  /**
   * The headline's header: its parent, or grandparent, while they hold little more than a header
   * (at most {@value #MAX_HEADER_CHARS} characters of text besides spaces), else the headline.
   */
  private static Element headerOf(Element h1) {
    if (h1 == null) {
      return null;
    }
    Element header = h1;
    for (int level = 0; level < 2; level++) {
      Element parent = header.parent();
      if (parent == null || parent.nameIs("body") || parent.nameIs("html") || !isShort(parent, null)) {
        break;
      }
      header = parent;
    }
    return header;
  }

  /**
   * Whether an element holds at most {@value #MAX_HEADER_CHARS} characters of text besides
   * spaces, not counting what is inside {@code except} (null for none).
   */
  private static boolean isShort(Element element, Element except) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == except) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode text) {
          String whole = text.getWholeText();
          for (int i = 0; i < whole.length(); i++) {
            count[0] += Character.isWhitespace(whole.charAt(i)) ? 0 : 1;
          }
        }
        return count[0] > MAX_HEADER_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, element);
    return count[0] <= MAX_HEADER_CHARS;
  }

  private static Element commonAncestor(Element a, Element b) {
    int depthA = depth(a);
    int depthB = depth(b);
    for (; depthA > depthB; depthA--) {
      a = a.parent();
    }
    for (; depthB > depthA; depthB--) {
      b = b.parent();
    }
    while (a != b && a != null) {
      a = a.parent();
      b = b.parent();
    }
    return a;
  }

  private static int depth(Element element) {
    int depth = 0;
    for (Element e = element.parent(); e != null; e = e.parent()) {
      depth++;
    }
    return depth;
  }

  /**
   * The first plausible full date in the page's text (at most its first {@value #DATE_SCAN_CHARS}
   * characters).
   */
  private static PublicationTime firstDateInText(Document document) {
    Element body = document.body();
    String text = body == null ? "" : body.text();
    text = text.length() > DATE_SCAN_CHARS ? text.substring(0, DATE_SCAN_CHARS) : text;
    for (int from = 0, tries = 0; from < text.length() && tries < 10; tries++) {
      WrittenDates.Found found = WrittenDates.find(text.substring(from));
      if (found == null) {
        return null;
      }
      if (PageDates.isPlausible(found.time())) {
        return found.time();
      }
      from += found.start() + 1;
    }
    return null;
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static int words(String text) {
    return TextShape.words(text);
  }
}
