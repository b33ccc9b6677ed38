package dev.parallax.extract;

import dev.parallax.internal.CalendarText;
import dev.parallax.model.PublicationTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article from an HTML page, first version. The body is the paragraphs (and
 * sub-headings, list items, block quotes) of the best content container: every paragraph
 * credits its text length to its parent and half to its grandparent, class and id names
 * raise or lower the score, link-heavy containers lose it; an {@code <article>} or {@code
 * articleBody} element holding most paragraph text wins outright. Navigation, asides,
 * footers, forms and figures never count; figure captions go to {@code captions}. Metadata
 * comes from {@link HtmlMetadata}. At most {@value #MAX_BLOCKS} blocks are scored. Never
 * throws on malformed markup. Stateless and thread-safe.
 */
final class HtmlPageExtractor {

  static final int MAX_BLOCKS = 20_000;

  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
  private static final String NEVER_BODY = "script, style, noscript, iframe, form, button, nav, aside, footer, "
      + "figure, figcaption, select, svg, template, [hidden], [aria-hidden=true], [class*=byline], [rel=author]";
  private static final Pattern POSITIVE = Pattern.compile("(?i)article|story|content|body|post|entry|text|main");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)nav|menu|footer|header|sidebar|aside|comment|related|share|social|promo|newsletter|subscribe|cookie"
          + "|consent|banner|\\bad\\b|ads|advert|breadcrumb|tags|widget|popup|modal|outbrain|taboola|recommend");
  private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\p{Lu}[^.!?]{1,80}");
  private static final Pattern BARE_URL = Pattern.compile("(https?://|www\\.)\\S+");
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|credit");

  PageContent extract(String html, String baseUri) {
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    HtmlMetadata.Declared declared = HtmlMetadata.read(document, baseUri);
    List<String> captions = captions(document);
    List<String> boilerplate = boilerplate(document);
    List<TextBlocks.Block> article = ContentSelector.select(TextBlocks.of(document.body()));
    List<String> paragraphs = paragraphs(article, declared.headline());
    if (declared.articleBody() != null && words(declared.articleBody()) > 1.2 * words(String.join(" ", paragraphs))) {
      paragraphs = declared.articleBody().lines().map(HtmlPageExtractor::normalize).filter(l -> !l.isEmpty()).toList();
    }
    Element container = article.isEmpty() ? null : article.get(0).owner();
    String headline = headline(document, container, declared.headline(), declared.outlet());
    PublicationTime published = declared.published() != null ? declared.published() : visibleDate(document);
    return new PageContent(declared.url(), declared.outlet(), headline, published, declared.authors(), paragraphs,
        boilerplate, captions, List.of(), declared.language());
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
      if (LineKinds.isLeftover(text) && TextShape.words(text) < 8 || LineKinds.isPitch(text)
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
        && !text.startsWith("—") && CalendarText.firstFullDate(text) != null;
  }

  /** A list item or paragraph that is a long sentence made of links (a summary bullet). */
  private static boolean isLinkedProse(TextBlocks.Block block) {
    return TextShape.words(block.text()) >= 10 && LineKinds.endsSentence(block.text());
  }

  private static String headline(Document document, Element container, String declared, String outlet) {
    Element h1 = container == null ? null : container.selectFirst("h1");
    if (h1 == null) {
      h1 = document.selectFirst("h1");
    }
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

  private static PublicationTime visibleDate(Document document) {
    for (Element element : document.select("time, [class*=date], [class*=time], [class*=published], [class*=byline], [class*=meta]")) {
      String text = element.ownText().isBlank() ? element.text() : element.ownText();
      if (text.length() > 200) {
        continue;
      }
      CalendarText.DateMatch match = CalendarText.firstFullDate(text);
      if (match != null) {
        return new PublicationTime(match.dateIn(match.year()), match.time(), null);
      }
    }
    return null;
  }

  private static List<String> captions(Document document) {
    Set<String> captions = new LinkedHashSet<>();
    for (Element caption : document.select("figcaption")) {
      addText(captions, caption.text());
    }
    for (Element element : document.select("[class]")) {
      if (CAPTION_CLASS.matcher(element.className()).find() && element.select("p, div").size() <= 2) {
        addText(captions, element.text());
      }
    }
    return List.copyOf(captions);
  }

  private static List<String> boilerplate(Document document) {
    Set<String> lines = new LinkedHashSet<>();
    for (Element element : document.select("nav, footer, aside, [class*=cookie], [class*=share], [class*=newsletter]")) {
      if (lines.size() >= 50) {
        break;
      }
      String text = normalize(element.text());
      addText(lines, text.length() > 200 ? text.substring(0, text.lastIndexOf(' ', 200) + 1).strip() + " …" : text);
    }
    return List.copyOf(lines);
  }

  private static void addText(Set<String> into, String text) {
    String normalized = normalize(text);
    if (!normalized.isEmpty()) {
      into.add(normalized);
    }
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static int words(String text) {
    return TextShape.words(text);
  }
}
