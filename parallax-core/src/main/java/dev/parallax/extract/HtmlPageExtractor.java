package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page. The page is cut into text blocks ({@link TextBlocks}:
 * paragraphs, headings, list items, table rows, text written straight into a {@code div});
 * {@link ContentSelector} picks the article's blocks by where the prose is, its link density and
 * the class names around it; the blocks are then cleaned of the repeated headline, link lists,
 * bylines, datelines, pitches and leftovers. A JSON-LD {@code articleBody} clearly longer than
 * what was found replaces it. Captions and boilerplate come from {@link PageAsides}, metadata
 * from {@link HtmlMetadata}. Never throws on malformed or deeply nested markup (every pass is
 * iterative). Stateless and thread-safe.
 */
final class HtmlPageExtractor {

  private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\p{Lu}[^.!?]{1,80}");
  static final int DATE_SCAN_CHARS = 20_000;
  private static final Pattern URL_DATE =
      Pattern.compile("[/_-]((?:19|20)\\d\\d)(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])"
          + "|[/_-]([1-9]|1[0-2])[/_-]([1-9]|[12]\\d|3[01]))(?=[/_.\\-]|$)");
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
    String headline = headline(document, container, declared.headline(), declared.outlet());
    PublicationTime published = published(document, declared, baseUri);
    return new PageContent(declared.url(), declared.outlet(), headline, published, declared.authors(), paragraphs,
        asides.boilerplate(), asides.captions(), List.of(), declared.language());
  }

  /** Only the publication date of a page (see {@link #published(Document, HtmlMetadata.Declared, String)}). */
  PublicationTime published(String html, String baseUri) {
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    return published(document, HtmlMetadata.read(document, baseUri), baseUri);
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
        && !text.startsWith("—") && WrittenDates.first(text) != null;
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

  /** The declared date, else one in the URL's path, else the first full date shown near the top. */
  static PublicationTime published(Document document, HtmlMetadata.Declared declared, String baseUri) {
    PublicationTime inUrl = dateInUrl(baseUri);
    if (inUrl == null) {
      inUrl = dateInUrl(declared.url());
    }
    if (declared.published() != null) {
      return inUrl == null || inUrl.date().equals(declared.published().date()) ? declared.published() : inUrl;
    }
    return inUrl != null ? inUrl : visibleDate(document);
  }

  /** A full date in a URL path: {@code /2019/11/18/}, {@code /2019-11-18/}, {@code _20191118}. */
  static PublicationTime dateInUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = URL_DATE.matcher(url);
    while (matcher.find()) {
      try {
        boolean padded = matcher.group(2) != null;
        return PublicationTime.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(padded ? 2 : 4)), Integer.parseInt(matcher.group(padded ? 3 : 5))));
      } catch (DateTimeException e) {
        // 2019/13/45 is not a date: look further
      }
    }
    return null;
  }

  /**
   * The first full date in an element named like a date, time or byline; else the first in the
   * page's text (at most its first {@value #DATE_SCAN_CHARS} characters).
   */
  private static PublicationTime visibleDate(Document document) {
    for (Element element : document.select("time, [class*=date], [class*=time], [class*=published], [class*=byline], [class*=meta]")) {
      String text = element.ownText().isBlank() ? element.text() : element.ownText();
      if (text.length() > 200) {
        continue;
      }
      PublicationTime date = WrittenDates.first(text);
      if (date != null) {
        return date;
      }
    }
    Element body = document.body();
    String text = body == null ? "" : body.text();
    return WrittenDates.first(text.length() > DATE_SCAN_CHARS ? text.substring(0, DATE_SCAN_CHARS) : text);
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static int words(String text) {
    return TextShape.words(text);
  }
}
