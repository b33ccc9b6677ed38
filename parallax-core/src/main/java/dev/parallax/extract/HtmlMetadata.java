package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Metadata a page declares about itself: JSON-LD ({@code NewsArticle} and kin), Open Graph
 * and other meta tags, {@code <link rel=canonical>}, {@code <html lang>}; its declared dates
 * (published, created, modified) and the elements carrying dates in markup ({@code <time>},
 * {@code itemprop} or RDFa {@code property} dates), which {@link PageDates} weighs.
 * JSON-LD is read with patterns for the few fields needed, not a JSON parser, so broken JSON
 * still yields what it holds. Stateless and thread-safe.
 */
final class HtmlMetadata {

  /** A JSON key and the start of its value; string values are then read by {@link #stringAt}. */
  private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z@]+)\"\\s*:\\s*");
  private static final Pattern BY = Pattern.compile("(?i)^\\s*(by|von|par|por)\\s+");
  private static final Set<String> JUNK_AUTHORS = Set.of("staff", "admin", "editor", "editors", "newsroom",
      "staff writer", "agencies", "web desk", "news desk");

  /** ISO-like date-times ISO parsing refuses: one-digit seconds, a space or a name before the zone, "+0200", "+02:00CET". */
  private static final Pattern LOOSE_ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)[T ](\\d{1,2}):(\\d\\d)"
      + "(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d\\d(?::?\\d\\d)?)?");
  /** The form of HTTP dates: "Sat, 19 Oct 2019 00:04:00 +0200". */
  private static final Pattern RFC_1123 = Pattern.compile("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d");
  private static final Pattern NUMERIC_DATE = Pattern.compile("((?:19|20)\\d\\d)[-/.]?(\\d\\d)[-/.]?(\\d\\d)");
  private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");
  /** JSON-LD fields whose value may be a person or organisation object. */
  private static final Set<String> NAMED = Set.of("author", "publisher");
  /** JSON-LD fields whose value may be a list of strings, of which the first is taken. */
  private static final Set<String> LISTED = Set.of("articleSection");
  /** Longer "sections" are keyword lists, not a section name. */
  private static final int MAX_SECTION = 80;
  /** {@code itemprop} and {@code property} values naming a date, lower-cased without a vocabulary prefix. */
  private static final Set<String> DATE_PROPERTIES = Set.of("datepublished", "datecreated", "datemodified");

  /**
   * What the page declares. {@code dates} are its declared date values (JSON-LD, then meta tags, in
   * {@link PageDates}' order of reliability); {@code datedElements} the {@code <time>} elements and
   * elements carrying a date in {@code itemprop} or {@code property}, in page order: where they sit
   * decides how much they count, which only the article's position tells ({@link PageDates}).
   */
  record Declared(String url, String outlet, String headline, List<PageDates.Declaration> dates,
      List<Element> datedElements, List<String> authors, String articleBody, String language, String section) {}

  static Declared read(Document document, String baseUri) {
    Tags tags = Tags.of(document);
    Json json = Json.of(tags.jsonLd.toString());
    String headline = firstNonBlank(json.string("headline"), tags.meta("og:title"), tags.meta("twitter:title"),
        document.title());
    String outlet = firstNonBlank(tags.meta("og:site_name"), json.name("publisher"), tags.meta("application-name"));
    String url = firstNonBlank(tags.canonical, tags.meta("og:url"), json.string("url"),
        baseUri != null && baseUri.startsWith("http") ? baseUri : null);
    List<PageDates.Declaration> dates = new ArrayList<>();
    declare(dates, "json-ld datePublished", PageDates.Kind.PUBLISHED, json.string("datePublished"));
    for (String key : PageDates.PUBLISHED_META) {
      declare(dates, key, PageDates.Kind.PUBLISHED, tags.meta(key));
    }
    declare(dates, "json-ld dateCreated", PageDates.Kind.CREATED, json.string("dateCreated"));
    for (String key : PageDates.CREATED_META) {
      declare(dates, key, PageDates.Kind.CREATED, tags.meta(key));
    }
    declare(dates, "json-ld dateModified", PageDates.Kind.MODIFIED, json.string("dateModified"));
    for (String key : PageDates.MODIFIED_META) {
      declare(dates, key, PageDates.Kind.MODIFIED, tags.meta(key));
    }
    String section = firstNonBlank(json.string("articleSection"), tags.meta("article:section"),
        tags.meta("og:article:section"), tags.meta("articleSection"), tags.meta("parsely-section"));
    Set<String> authors = new LinkedHashSet<>();
    for (String name : json.names("author")) {
      addAuthor(authors, name);
    }
    addAuthor(authors, tags.meta("author"));
    if (authors.isEmpty()) {
      for (Element byline : document.select("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")) {
        addAuthor(authors, byline.text());
        if (!authors.isEmpty()) {
          break;
        }
      }
    }
    if (outlet != null) {
      authors.remove(outlet);
    }
    Element html = document.selectFirst("html");
    String language = html == null ? "" : html.attr("lang");
    if (language.isBlank()) {
      language = tags.meta("content-language");
    }
    language = language == null || language.isBlank() ? null
        : language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return new Declared(url == null ? null : url.strip(), outlet, headline, List.copyOf(dates),
        List.copyOf(tags.datedElements), List.copyOf(authors), json.string("articleBody"), language,
        section == null || section.length() > MAX_SECTION ? null : section);
  }

  private static void declare(List<PageDates.Declaration> into, String key, PageDates.Kind kind, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    PublicationTime time = dateIn(value.strip());
    if (time != null) {
      into.add(new PageDates.Declaration(key, kind, time));
    }
  }

  /** The metadata-bearing elements of a page, gathered in one pass over the DOM. */
  private static final class Tags implements NodeVisitor {
    /** Meta contents by lower-cased property, name, itemprop or http-equiv; the first wins. */
    private final Map<String, String> metas = new HashMap<>();
    private final StringBuilder jsonLd = new StringBuilder();
    private String canonical;
    private final List<Element> datedElements = new ArrayList<>();

    static Tags of(Document document) {
      Tags tags = new Tags();
      NodeTraversor.traverse(tags, document);
      return tags;
    }

    String meta(String key) {
      return metas.get(key.toLowerCase(Locale.ROOT));
    }

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      switch (element.normalName()) {
        case "meta" -> {
          String content = element.attr("content").strip();
          if (isDateProperty(element.attr("itemprop")) || isDateProperty(element.attr("property"))) {
            datedElements.add(element);
          } else if (!content.isEmpty()) {
            for (String attribute : META_KEYS) {
              String key = element.attr(attribute);
              if (!key.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
              }
            }
          }
        }
        case "script" -> {
          if (element.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLd.append(element.data()).append('\n');
          }
        }
        case "link" -> {
          if (canonical == null && element.attr("rel").equalsIgnoreCase("canonical") && !element.attr("href").isBlank()) {
            canonical = element.attr("href");
          }
        }
        case "time" -> datedElements.add(element);
        default -> {
          if (isDateProperty(element.attr("itemprop")) || isDateProperty(element.attr("property"))) {
            datedElements.add(element);
          }
        }
      }
    }
  }

  /** Whether an {@code itemprop} or {@code property} value names a date: "datePublished", "schema:dateCreated". */
  static boolean isDateProperty(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String name = value.substring(value.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return DATE_PROPERTIES.contains(name);
  }

  /** The string values and names in JSON-LD text, read in one scan (the first value of a key wins). */
  private static final class Json {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();

    static Json of(String json) {
      Json read = new Json();
      Matcher key = JSON_KEY.matcher(json);
      while (key.find()) {
        if (key.end() >= json.length()) {
          break;
        }
        String field = key.group(1);
        char opening = json.charAt(key.end());
        if (opening == '"') {
          String value = stringAt(json, key.end());
          read.strings.putIfAbsent(field, value);
          if (NAMED.contains(field)) {
            read.names.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
          }
        } else if (opening == '[' && LISTED.contains(field)) {
          int first = key.end() + 1;
          while (first < json.length() && Character.isWhitespace(json.charAt(first))) {
            first++;
          }
          if (first < json.length() && json.charAt(first) == '"') {
            read.strings.putIfAbsent(field, stringAt(json, first));
          }
        } else if ((opening == '{' || opening == '[') && NAMED.contains(field)) {
          int close = json.indexOf(opening == '{' ? '}' : ']', key.end());
          String value = json.substring(key.end(), close < 0 ? json.length() : close);
          Matcher name = JSON_KEY.matcher(value);
          while (name.find()) {
            if (name.group(1).equals("name") && name.end() < value.length() && value.charAt(name.end()) == '"') {
              read.names.computeIfAbsent(field, k -> new ArrayList<>()).add(stringAt(value, name.end()));
            }
          }
        }
      }
      return read;
    }

    String string(String field) {
      return strings.get(field);
    }

    List<String> names(String field) {
      return names.getOrDefault(field, List.of());
    }

    String name(String field) {
      List<String> found = names(field);
      return found.isEmpty() ? null : found.get(0);
    }
  }

  /** The JSON string literal whose opening quote is at {@code quote}, unescaped. Scans, no regex. */
  private static String stringAt(String json, int quote) {
    StringBuilder out = new StringBuilder();
    for (int i = quote + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i + 1 >= json.length()) {
        out.append(c);
        continue;
      }
      char next = json.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          if (i + 4 < json.length() && json.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  private static void addAuthor(Set<String> authors, String raw) {
    if (raw == null) {
      return;
    }
    String cleaned = BY.matcher(raw).replaceFirst("").strip();
    for (String name : cleaned.split("\\s*(,|\\band\\b|&|\\|)\\s*")) {
      String trimmed = name.strip();
      if (trimmed.length() > 1 && trimmed.length() <= 60 && !JUNK_AUTHORS.contains(trimmed.toLowerCase(Locale.ROOT))
          && Character.isLetter(trimmed.charAt(0)) && !trimmed.contains("http")) {
        authors.add(TextShape.titleCaseIfShouting(trimmed));
      }
    }
  }

  /**
   * A declared date: ISO 8601 with time and offset when given, else a leading {@code
   * yyyy-mm-dd}, {@code yyyy/mm/dd} or {@code yyyymmdd}, else a written date ("18 November 2019").
   */
  static PublicationTime dateIn(String text) {
    try {
      return PublicationTime.parse(text);
    } catch (DateTimeException | IllegalArgumentException e) {
      // not ISO (or a bad offset such as "+02:00CET"): try looser forms
    }
    Matcher iso = LOOSE_ISO.matcher(text);
    if (iso.lookingAt()) {
      try {
        LocalTime time = LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
            iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
        String zone = iso.group(7);
        ZoneOffset offset = zone == null ? null : zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
            ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 3 ? zone + ":00" : zone);
        return new PublicationTime(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))), time, offset);
      } catch (DateTimeException e) {
        // an impossible date or time: try the date alone below
      }
    }
    if (RFC_1123.matcher(text).lookingAt()) {
      try {
        OffsetDateTime at = OffsetDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return new PublicationTime(at.toLocalDate(), at.toLocalTime(), at.getOffset());
      } catch (DateTimeException e) {
        // not quite RFC 1123: try looser forms
      }
    }
    Matcher numeric = NUMERIC_DATE.matcher(text);
    if (numeric.lookingAt()) {
      try {
        return PublicationTime.of(LocalDate.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
            Integer.parseInt(numeric.group(3))));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return WrittenDates.first(text);
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
