package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The published and modified dates of a page, chosen among every date the page offers. Each
 * candidate knows its source (JSON-LD, a meta tag, markup such as {@code <time datetime>} or
 * {@code itemprop}, visible text, the URL), what it claims to be (published, created, modified,
 * or just shown) and where it sits: in the head, in the article (the selected content widened to
 * its byline and date lines, and the headline's header), elsewhere on the page, or in page
 * furniture (comments, related and teaser lists, sidebars, quotes, captions), whose dates are
 * never the article's. Dates before 1995 are not plausible for a web page and are dropped.
 *
 * <p>The published date is the first of these that exists:
 *
 * <ol>
 *   <li>a date the head declares as published (JSON-LD {@code datePublished}, {@code
 *       article:published_time} and kin, {@code itemprop=datePublished}). When they disagree, the
 *       day most confirmed by the dates the article shows and the URL's date wins, else the first
 *       in order of reliability;
 *   <li>a publication date marked up in the article ({@code itemprop=datePublished}, {@code <time
 *       pubdate>} or of class "published"), weighed the same way against generic declared dates;
 *       more than {@value #MAX_REPEATS} such, or more than two days, are a list of other
 *       articles' dates and count as elsewhere;
 *   <li>a generic declared date ({@code <meta name=date>}, Dublin Core {@code dc.date}, JSON-LD
 *       {@code dateCreated}: content systems often fill them with the page's last edit), unless
 *       the URL or the article shows a different day, which then wins;
 *   <li>a full date in the URL's path ({@code /2019/11/18/});
 *   <li>a date the article shows: in its date, byline or meta elements, or in a short line of its
 *       own that starts with a date or a label ("Erstellt am: 30.01.2022"); one labelled as
 *       published first, and one in the month of a year-month URL ({@code /2018/08/}) first;
 *   <li>a date in markup elsewhere on the page (not in furniture), in page order;
 *   <li>a modified date (declared, or shown in the article with a label such as "Updated");
 *   <li>the first plausible full date in the page's text.
 * </ol>
 *
 * A modified date is thus never taken as published while another candidate exists, and the
 * modified date reported is dropped when it lies before the published one. A UTC timestamp is
 * given in the page's own zone when the page states the same instant with an offset elsewhere
 * (or as a local time without one), else it takes the neighbouring day the article or the URL
 * shows when that day is what the UTC time reads as in some zone (a page published at 00:30 in
 * Berlin declares 23:30 the day before in UTC), unless a shown date agrees with the UTC day. A
 * year-month URL alone gives no date: the day would be invented. Stateless and thread-safe.
 */
final class PageDates {

  /** What a date claims to be. {@code SHOWN}: a date on the page without a label. */
  enum Kind { PUBLISHED, CREATED, MODIFIED, SHOWN }

  /**
   * Where a date comes from. {@code URL_MONTH}: a year and month in the URL, given as the
   * month's first day; only its month counts.
   */
  enum Source { JSON_LD, META, MARKUP, TEXT, URL, URL_MONTH }

  /** Where a date sits: the head, the article (with its header), elsewhere, page furniture. */
  enum Place { HEAD, ARTICLE, PAGE, FURNITURE }

  /** A date a page declares in JSON-LD or a meta tag, with the key it is declared under. */
  record Declaration(String key, Kind kind, PublicationTime time) {}

  /** One date a page offers. */
  record Candidate(PublicationTime time, Kind kind, Source source, Place place, String key) {
    LocalDate day() {
      return time.date();
    }
  }

  /** The chosen dates; either may be null. */
  record Dates(PublicationTime published, PublicationTime modified) {}

  /** Meta tags (property, name or itemprop, lower-cased) declaring the publication date, most reliable first. */
  static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
      "og:article:published_time", "article:published", "datepublished", "parsely-pub-date", "sailthru.date",
      "publishdate", "publish-date", "publish_date", "published-date", "published_date", "pubdate", "og:pubdate",
      "article.published", "article_date_original", "publication_date", "article:publicationdate",
      "originalpublicationdate", "dc.date.issued", "dcterms.issued", "citation_publication_date",
      "rnews:datepublished", "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "bt:pubdate",
      "date_published", "dateposted");
  /** Meta tags naming a date of the page without saying which: often the last edit. */
  static final List<String> CREATED_META = List.of("date", "dc.date", "dcterms.date", "dc.date.created",
      "dcterms.created", "dc.created", "dc:date", "dc:created", "datecreated", "citation_date");
  /** Meta tags declaring the last modification. */
  static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
      "og:article:modified_time", "article:modified", "datemodified", "modified_time", "updated_time",
      "last_updated_date", "dc.date.modified", "dcterms.modified", "dc.modified", "last-modified", "lastmodified");

  /** Text of shown dates is read in elements of at most this many characters. */
  private static final int MAX_SHOWN_TEXT = 200;
  /** A line of its own giving a date is at most this long. */
  private static final int MAX_DATELINE = 80;
  /** What may come before a date that starts a line: a weekday ("Dienstag,", "Mon."). */
  private static final Pattern WEEKDAY_LEAD = Pattern.compile("\\p{L}{2,12}\\.?,?");
  /** Class and id name parts of elements that show a date, a byline or an article's meta line. */
  private static final List<String> DATE_NAMES = List.of("date", "time", "datum", "zeit", "publish", "posted",
      "byline", "meta", "info", "stand", "submitted", "fecha", "data", "author", "subline", "dateline", "stamp",
      "created", "updated", "modified");
  /**
   * Class and id name parts of page furniture whose dates are never the article's: comments,
   * related and teaser lists, sidebars and widgets, navigation.
   */
  private static final List<String> FURNITURE = List.of("comment", "disqus", "reply", "respond", "related",
      "recommend", "sidebar", "side-bar", "widget", "teaser", "trending", "popular", "most-read", "mostread",
      "more-stories", "read-more", "readmore", "newsletter", "sponsor", "outbrain", "taboola",
      "breadcrumb", "navbar", "menu", "pagination", "pager", "cookie", "consent", "calendar", "archive",
      "caption", "credit");
  /** Elements whose content is quoted, embedded or beside the article. */
  private static final Set<String> FURNITURE_TAGS = Set.of("aside", "nav", "blockquote", "figure", "figcaption",
      "form", "select", "iframe", "noscript", "template", "q");
  private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "svg", "img", "input", "button");
  /** Words before a shown date that make it a modification date. */
  private static final Pattern MODIFIED_LABEL = Pattern.compile("(?iu)(updated|update|modified|edited|revised"
      + "|aktualisiert|geändert|änderung|editiert|überarbeitet|mis à jour|mise à jour|modifié|actualizado"
      + "|actualizada|actualización|aggiornato|aggiornamento|modificato|atualizado|atualizada|bijgewerkt"
      + "|gewijzigd|zuletzt)\\W*$");
  /** Words before a shown date that make it the publication date. */
  private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)(published|posted|created|released"
      + "|veröffentlicht|erschienen|erstellt|publiziert|publié|publiée|publicado|publicada|pubblicato"
      + "|gepubliceerd|publicerad|opublikowano)\\b[^\\d]{0,12}$");
  /** A year and month in a URL's path: {@code /2018/08/} or {@code /2018-08/}. */
  private static final Pattern URL_MONTH =
      Pattern.compile("[/_-]((?:19|20)\\d\\d)[/_-](0[1-9]|1[0-2])(?=[/_.\\-])");
  /** A full date in a URL's path: {@code /2019/11/18/}, {@code /2019-11-18}, {@code _20191118}, {@code /2017/7/12/}. */
  private static final Pattern URL_DATE =
      Pattern.compile("[/_-]((?:19|20)\\d\\d)(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.\\-]|$)"
          + "|([/_-])([1-9]|1[0-2])\\4([1-9]|[12]\\d|3[01])(?=\\4|[.]|$))");
  /**
   * The zones a UTC time is read in when the page shows a neighbouring day: where news is
   * published, UTC-10 (Hawaii) to UTC+12 (New Zealand).
   */
  private static final Duration MAX_EAST = Duration.ofHours(12);
  private static final Duration MAX_WEST = Duration.ofHours(10);
  /** No web page was published before 1995 (htmldate's bound too): earlier dates are errors or history. */
  private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
  /** An article states its publication date in markup at most this many times; more are a list's. */
  private static final int MAX_REPEATS = 4;

  private PageDates() {}

  /**
   * Every date the page offers.
   *
   * @param article the elements holding the article: its content and its header (with the
   *     headline), either possibly null
   * @param urls the page's URLs (as fetched, as declared), nulls allowed
   */
  static List<Candidate> candidates(HtmlMetadata.Declared declared, List<Element> article, String... urls) {
    List<Candidate> candidates = new ArrayList<>();
    for (Declaration declaration : declared.dates()) {
      candidates.add(new Candidate(declaration.time(), declaration.kind(),
          declaration.key().startsWith("json-ld") ? Source.JSON_LD : Source.META, Place.HEAD, declaration.key()));
    }
    List<Element> areas = outermost(article);
    Places places = new Places(areas);
    for (Element element : declared.datedElements()) {
      Candidate candidate = marked(element, places);
      if (candidate != null) {
        candidates.add(candidate);
      }
    }
    for (Element area : areas) {
      shown(area, candidates);
    }
    for (String url : urls) {
      PublicationTime inUrl = dateInUrl(url);
      if (inUrl != null) {
        candidates.add(new Candidate(inUrl, Kind.SHOWN, Source.URL, Place.PAGE, url));
        return candidates;
      }
    }
    for (String url : urls) {
      YearMonth month = monthInUrl(url);
      if (month != null) {
        candidates.add(new Candidate(PublicationTime.of(month.atDay(1)), Kind.SHOWN, Source.URL_MONTH, Place.PAGE,
            url));
        break;
      }
    }
    return candidates;
  }

  /** The non-null elements not inside another of them, in page order. */
  private static List<Element> outermost(List<Element> elements) {
    List<Element> outermost = new ArrayList<>();
    for (Element element : elements) {
      if (element == null) {
        continue;
      }
      boolean inside = false;
      for (Element other : elements) {
        inside |= other != null && other != element && isInside(element, other);
      }
      if (!inside && !outermost.contains(element)) {
        outermost.add(element);
      }
    }
    outermost.sort((a, b) -> a == b ? 0 : isBefore(a, b) ? -1 : 1);
    return outermost;
  }

  private static boolean isInside(Element element, Element container) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == container) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} starts before {@code b} in the page (neither inside the other). */
  private static boolean isBefore(Element a, Element b) {
    List<Element> pathA = new ArrayList<>();
    for (Element e = a; e != null; e = e.parent()) {
      pathA.add(0, e);
    }
    List<Element> pathB = new ArrayList<>();
    for (Element e = b; e != null; e = e.parent()) {
      pathB.add(0, e);
    }
    int i = 0;
    while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
      i++;
    }
    if (i >= pathA.size() || i >= pathB.size()) {
      return pathA.size() < pathB.size();
    }
    return pathA.get(i).elementSiblingIndex() < pathB.get(i).elementSiblingIndex();
  }

  /**
   * The published and modified dates among {@code candidates}.
   *
   * @param firstInText the first plausible full date in the page's text, asked for only when
   *     nothing better exists
   */
  static Dates choose(List<Candidate> candidates, Supplier<PublicationTime> firstInText) {
    List<Candidate> plausible = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (isPlausible(c.time())) {
        plausible.add(c);
      }
    }
    PublicationTime published = published(plausible, firstInText);
    PublicationTime modified = modified(plausible);
    if (published != null && modified != null && before(modified, published)) {
      modified = null;
    }
    return new Dates(published, modified);
  }

  private static PublicationTime published(List<Candidate> all, Supplier<PublicationTime> firstInText) {
    List<Candidate> declared = new ArrayList<>();
    List<Candidate> marked = new ArrayList<>();
    List<Candidate> generic = new ArrayList<>();
    List<Candidate> shown = new ArrayList<>();
    List<Candidate> elsewhere = new ArrayList<>();
    List<Candidate> modified = new ArrayList<>();
    Candidate inUrl = null;
    YearMonth inMonth = null;
    for (Candidate c : all) {
      if (c.place() == Place.FURNITURE) {
        continue;
      }
      if (c.kind() == Kind.MODIFIED) {
        if (c.place() != Place.PAGE) {
          modified.add(c);
        }
      } else if (c.source() == Source.URL) {
        inUrl = c;
      } else if (c.source() == Source.URL_MONTH) {
        inMonth = YearMonth.from(c.day());
      } else if (c.place() == Place.HEAD) {
        (c.kind() == Kind.PUBLISHED ? declared : generic).add(c);
      } else if (c.place() == Place.ARTICLE) {
        (c.kind() == Kind.PUBLISHED && c.source() == Source.MARKUP ? marked : shown).add(c);
      } else if (c.source() == Source.MARKUP) {
        elsewhere.add(c);
      }
    }
    if (marked.size() > MAX_REPEATS || distinctDays(marked) > 2) {
      // an article has one publication date, given a few times at most: many are a list's
      List<Candidate> inOrder = new ArrayList<>();
      for (Candidate c : all) {
        if (elsewhere.contains(c) || marked.contains(c)) {
          inOrder.add(c);
        }
      }
      elsewhere = inOrder;
      marked.clear();
    }
    YearMonth month = inMonth;
    shown.sort(Comparator.comparing((Candidate c) -> month != null && !YearMonth.from(c.day()).equals(month))
        .thenComparing(c -> c.kind() != Kind.PUBLISHED));
    Candidate chosen;
    if (!declared.isEmpty()) {
      chosen = confirmed(declared, shown, inUrl);
    } else if (!marked.isEmpty()) {
      List<Candidate> claims = new ArrayList<>(marked);
      claims.addAll(generic);
      chosen = confirmed(claims, shown, inUrl);
    } else if (!generic.isEmpty()) {
      Candidate first = generic.get(0);
      Candidate seen = inUrl != null ? inUrl : shown.isEmpty() ? null : shown.get(0);
      chosen = seen != null && !seen.day().equals(first.day()) && !sameDayInSomeZone(first, seen) ? seen : first;
    } else if (inUrl != null) {
      chosen = inUrl;
    } else if (!shown.isEmpty()) {
      chosen = shown.get(0);
    } else if (!elsewhere.isEmpty()) {
      chosen = elsewhere.get(0);
    } else if (!modified.isEmpty()) {
      return modified.get(0).time();
    } else {
      return firstInText.get();
    }
    List<Candidate> local = new ArrayList<>(shown);
    if (inUrl != null) {
      local.add(inUrl);
    }
    return local(chosen, all, local);
  }

  /** Whether a date can be a web page's: not before {@link #EARLIEST}. */
  static boolean isPlausible(PublicationTime time) {
    return !time.date().isBefore(EARLIEST);
  }

  private static int distinctDays(List<Candidate> candidates) {
    return (int) candidates.stream().map(Candidate::day).distinct().count();
  }

  /**
   * The claimed date the article's shown dates and the URL confirm most; among equals, the first
   * claimed. When all claims agree (to the day, or a UTC time and a neighbouring day it can be
   * in some zone), the first.
   */
  private static Candidate confirmed(List<Candidate> claims, List<Candidate> support, Candidate inUrl) {
    Candidate best = claims.get(0);
    boolean agreed = true;
    for (Candidate c : claims) {
      agreed &= c.day().equals(best.day()) || sameDayInSomeZone(best, c) || sameDayInSomeZone(c, best);
    }
    if (agreed) {
      return best;
    }
    int bestSupport = -1;
    for (Candidate c : claims) {
      int count = 0;
      for (Candidate s : support) {
        count += s.day().equals(c.day()) ? 1 : 0;
      }
      count += inUrl != null && inUrl.day().equals(c.day()) ? 1 : 0;
      if (count > bestSupport) {
        best = c;
        bestSupport = count;
      }
    }
    return best;
  }

  /**
   * The chosen date in the page's own zone when it is a UTC time: the same instant stated
   * elsewhere with an offset (or at a local time without one), else the neighbouring day the
   * article or the URL shows, when nothing shown agrees with the UTC day.
   */
  private static PublicationTime local(Candidate chosen, List<Candidate> all, List<Candidate> shown) {
    PublicationTime time = chosen.time();
    if (time.offset() == null || !time.offset().equals(ZoneOffset.UTC)) {
      return time;
    }
    OffsetDateTime instant = OffsetDateTime.of(time.date(), time.time(), ZoneOffset.UTC);
    for (Candidate c : all) {
      PublicationTime other = c.time();
      if (c.place() != Place.FURNITURE && other.offset() != null && !other.offset().equals(ZoneOffset.UTC)
          && OffsetDateTime.of(other.date(), other.time(), other.offset()).isEqual(instant)) {
        return other;
      }
    }
    Candidate neighbour = null;
    for (Candidate s : shown) {
      if (s.time().offset() != null) {
        continue;
      }
      if (s.day().equals(time.date())) {
        return time;
      }
      if (neighbour == null && sameDayInSomeZone(chosen, s)) {
        neighbour = s;
      }
    }
    if (neighbour == null) {
      return time;
    }
    PublicationTime seen = neighbour.time();
    if (seen.time() != null) {
      int seconds = (int) Duration.between(instant.toLocalDateTime(), LocalDateTime.of(seen.date(), seen.time()))
          .getSeconds();
      return new PublicationTime(seen.date(), seen.time(), ZoneOffset.ofTotalSeconds(seconds));
    }
    return PublicationTime.of(seen.date());
  }

  /**
   * Whether {@code other} is what {@code utc}, a UTC time, reads as in some zone (UTC-10 to
   * UTC+12): the neighbouring day, or the same instant at a local time (a whole number of quarter
   * hours away) when {@code other} gives a time without an offset.
   */
  private static boolean sameDayInSomeZone(Candidate utc, Candidate other) {
    PublicationTime time = utc.time();
    PublicationTime seen = other.time();
    if (time.time() == null || !ZoneOffset.UTC.equals(time.offset()) || seen.offset() != null
        || seen.date().equals(time.date())) {
      return false;
    }
    LocalDateTime at = LocalDateTime.of(time.date(), time.time());
    if (seen.time() != null) {
      Duration offset = Duration.between(at, LocalDateTime.of(seen.date(), seen.time()));
      return offset.getSeconds() % 900 == 0 && offset.compareTo(MAX_EAST) <= 0
          && offset.compareTo(MAX_WEST.negated()) >= 0;
    }
    LocalDate day = seen.date();
    if (day.equals(time.date().plusDays(1))) {
      return Duration.between(at, day.atStartOfDay()).compareTo(MAX_EAST) <= 0;
    }
    if (day.equals(time.date().minusDays(1))) {
      return Duration.between(day.plusDays(1).atStartOfDay(), at).compareTo(MAX_WEST) < 0;
    }
    return false;
  }

  /** The declared modified date, else one the article shows labelled as such. */
  private static PublicationTime modified(List<Candidate> all) {
    Candidate shown = null;
    for (Candidate c : all) {
      if (c.kind() != Kind.MODIFIED || c.place() == Place.FURNITURE) {
        continue;
      }
      if (c.place() == Place.HEAD || c.source() == Source.MARKUP && c.place() == Place.ARTICLE) {
        return c.time();
      }
      if (shown == null && c.place() == Place.ARTICLE) {
        shown = c;
      }
    }
    return shown == null ? null : shown.time();
  }

  private static boolean before(PublicationTime a, PublicationTime b) {
    if (a.time() != null && b.time() != null && a.offset() != null && b.offset() != null) {
      return OffsetDateTime.of(a.date(), a.time(), a.offset()).isBefore(OffsetDateTime.of(b.date(), b.time(), b.offset()));
    }
    return a.date().isBefore(b.date());
  }

  /** A {@code <time>} or date-property element as a candidate, or null when it holds no date. */
  private static Candidate marked(Element element, Places places) {
    String property = element.attr("itemprop");
    if (!HtmlMetadata.isDateProperty(property)) {
      property = element.attr("property");
    }
    String value = firstNonBlank(element.attr("datetime"), element.attr("content"));
    PublicationTime time = value == null ? null : HtmlMetadata.dateIn(value);
    if (time == null) {
      String text = boundedText(element, MAX_SHOWN_TEXT);
      time = text == null ? null : WrittenDates.first(text);
    }
    if (time == null) {
      return null;
    }
    Kind kind;
    String name = property.substring(property.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    if (name.equals("datepublished")) {
      kind = Kind.PUBLISHED;
    } else if (name.equals("datemodified")) {
      kind = Kind.MODIFIED;
    } else if (name.equals("datecreated")) {
      kind = Kind.CREATED;
    } else {
      kind = timeKind(element);
    }
    Place place = places.of(element);
    if (place == Place.HEAD && kind == Kind.SHOWN) {
      return null;
    }
    if (kind == Kind.CREATED && place != Place.HEAD) {
      kind = Kind.PUBLISHED;
    }
    return new Candidate(time, kind, Source.MARKUP, place, element.normalName());
  }

  /** What a {@code <time>} says it is: by its {@code pubdate} attribute, its class, or the words before it. */
  private static Kind timeKind(Element element) {
    if (element.hasAttr("pubdate")) {
      return Kind.PUBLISHED;
    }
    String names = names(element);
    if (names.contains("publish") || names.contains("entry-date") || names.contains("pubdate")) {
      return Kind.PUBLISHED;
    }
    if (names.contains("updated") || names.contains("modified")) {
      return Kind.MODIFIED;
    }
    return label(textBefore(element), Kind.SHOWN);
  }

  /** The kind a label before a date gives it, else {@code otherwise}. */
  private static Kind label(String before, Kind otherwise) {
    if (before.isEmpty()) {
      return otherwise;
    }
    if (MODIFIED_LABEL.matcher(before).find()) {
      return Kind.MODIFIED;
    }
    return PUBLISHED_LABEL.matcher(before).find() ? Kind.PUBLISHED : otherwise;
  }

  /** Up to 40 characters of text just before {@code element} inside its parent (and grandparent). */
  private static String textBefore(Element element) {
    StringBuilder before = new StringBuilder();
    Node node = element;
    for (int level = 0; level < 2 && before.length() < 40 && node != null; level++) {
      for (Node sibling = node.previousSibling(); sibling != null && before.length() < 40;
          sibling = sibling.previousSibling()) {
        String text = sibling instanceof TextNode t ? t.text() : sibling instanceof Element e ? e.text() : "";
        before.insert(0, text + " ");
      }
      node = node.parent();
    }
    String text = before.toString().replace('\u00a0', ' ').strip();
    return text.length() > 40 ? text.substring(text.length() - 40) : text;
  }

  /**
   * Adds the dates the article shows, in page order, outside furniture: in the text of its
   * date-like elements (class or id naming a date, time, byline or meta line; at most {@value
   * #MAX_SHOWN_TEXT} characters), and in short lines of their own (at most {@value
   * #MAX_DATELINE} characters) that start with a date or with a label such as "Published:".
   */
  private static void shown(Element area, List<Candidate> into) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (SKIPPED_TAGS.contains(tag) || FURNITURE_TAGS.contains(tag) || tag.equals("time")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String names = names(element);
        if (!names.isEmpty() && namesAny(names, FURNITURE)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!names.isEmpty() && namesAny(names, DATE_NAMES)) {
          String text = boundedText(element, MAX_SHOWN_TEXT);
          WrittenDates.Found found = text == null || text.length() < 6 || !hasYear(text) ? null : WrittenDates.find(text);
          if (found != null) {
            Kind kind = names.contains("updated") || names.contains("modified") || names.contains("changed")
                ? Kind.MODIFIED : label(text.substring(0, found.start()).strip(), names.contains("publish")
                ? Kind.PUBLISHED : Kind.SHOWN);
            into.add(new Candidate(found.time(), kind, Source.TEXT, Place.ARTICLE, tag + "." + names));
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        Candidate line = dateline(element);
        if (line != null) {
          into.add(line);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, area);
  }

  /**
   * A short line of an element's own text that starts with a date ("24. April 2020 | Press
   * release", "Tuesday, 3 March 2020") or gives one after a label ("Erstellt am: 30.01.2022").
   */
  private static Candidate dateline(Element element) {
    int raw = 0;
    for (Node child : element.childNodes()) {
      raw += child instanceof TextNode text ? text.getWholeText().length() : 0;
    }
    if (raw < 6 || raw > 4 * MAX_DATELINE) {
      return null;
    }
    String own = element.ownText();
    if (own.length() < 6 || own.length() > MAX_DATELINE || !hasYear(own)) {
      return null;
    }
    WrittenDates.Found found = WrittenDates.find(own);
    if (found == null) {
      return null;
    }
    String lead = own.substring(0, found.start()).replace('\u00a0', ' ').strip();
    Kind kind = label(lead, Kind.SHOWN);
    if (kind == Kind.SHOWN && !lead.isEmpty() && !WEEKDAY_LEAD.matcher(lead).matches()) {
      return null;
    }
    return new Candidate(found.time(), kind, Source.TEXT, Place.ARTICLE, element.normalName() + " line");
  }

  /** Whether the text holds a year from 1900 to 2099, as every full date {@link WrittenDates} reads does. */
  private static boolean hasYear(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The element's text, normalised, or null when it is longer than {@code max} characters. */
  private static String boundedText(Element element, int max) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String whole = t.getWholeText();
          for (int i = 0; i < whole.length() && text.length() <= max; i++) {
            char c = whole.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (!space) {
              text.append(c);
            } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
              text.append(' ');
            }
          }
        } else if (node instanceof Element e && (e.nameIs("br") || e.isBlock()) && !text.isEmpty()
            && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
        return text.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, element);
    return text.length() > max ? null : text.toString().strip();
  }

  /** Places elements relative to the article, judging each ancestor once. */
  private static final class Places {
    private final List<Element> article;
    private final Map<Element, Boolean> furniture = new IdentityHashMap<>();

    Places(List<Element> article) {
      this.article = article;
    }

    Place of(Element element) {
      boolean inArticle = false;
      for (Element e = element; e != null; e = e.parent()) {
        inArticle |= article.contains(e);
        String tag = e.normalName();
        if (tag.equals("head")) {
          return Place.HEAD;
        }
        if (tag.equals("body") || tag.equals("html")) {
          break;
        }
        if (e != element && furniture.computeIfAbsent(e, Places::isFurniture)) {
          return Place.FURNITURE;
        }
      }
      return inArticle ? Place.ARTICLE : Place.PAGE;
    }

    private static boolean isFurniture(Element element) {
      if (FURNITURE_TAGS.contains(element.normalName())) {
        return true;
      }
      String names = names(element);
      return !names.isEmpty() && namesAny(names, FURNITURE);
    }
  }

  /** The element's class and id names, lower case (as {@link TextBlocks} reads them). */
  private static String names(Element element) {
    return TextBlocks.names(element).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code names} contains one of {@code parts}. */
  private static boolean namesAny(String names, List<String> parts) {
    for (String part : parts) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** A full date in a URL path: {@code /2019/11/18/}, {@code /2019-11-18/}, {@code _20191118}, {@code /2017/7/12/}. */
  static PublicationTime dateInUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = URL_DATE.matcher(url);
    while (matcher.find()) {
      try {
        boolean padded = matcher.group(2) != null;
        return PublicationTime.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(padded ? 2 : 5)), Integer.parseInt(matcher.group(padded ? 3 : 6))));
      } catch (DateTimeException e) {
        // 2019/02/30 is not a date: look further
      }
    }
    return null;
  }

  /** A year and month in a URL path ({@code /2018/08/}), or null. */
  static YearMonth monthInUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = URL_MONTH.matcher(url);
    return matcher.find() ? YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
