package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a page declares about itself: JSON-LD ({@code NewsArticle} and kin), Open Graph
 * and other meta tags, {@code <time>}, {@code <link rel=canonical>}, {@code <html lang>}.
 * JSON-LD is read with patterns for the few fields needed, not a JSON parser, so broken JSON
 * still yields what it holds. Stateless and thread-safe.
 */
final class HtmlMetadata {

  /** A JSON key and the start of its value; string values are then read by {@link #stringAt}. */
  private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z@]+)\"\\s*:\\s*");
  private static final Pattern BY = Pattern.compile("(?i)^\\s*(by|von|par|por)\\s+");
  private static final Set<String> JUNK_AUTHORS = Set.of("staff", "admin", "editor", "editors", "newsroom",
      "staff writer", "agencies", "web desk", "news desk");

  record Declared(String url, String outlet, String headline, PublicationTime published, List<String> authors,
      String articleBody, String language) {}

  static Declared read(Document document, String baseUri) {
    String jsonLd = String.join("\n",
        document.select("script[type=application/ld+json]").stream().map(Element::data).toList());
    String headline = firstNonBlank(jsonField(jsonLd, "headline"), meta(document, "og:title"),
        meta(document, "twitter:title"), document.title());
    String outlet = firstNonBlank(meta(document, "og:site_name"), jsonName(jsonLd, "publisher"),
        meta(document, "application-name"));
    String url = firstNonBlank(document.select("link[rel=canonical]").attr("href"), meta(document, "og:url"),
        jsonField(jsonLd, "url"), baseUri != null && baseUri.startsWith("http") ? baseUri : null);
    PublicationTime published = firstDate(jsonField(jsonLd, "datePublished"),
        meta(document, "article:published_time"), meta(document, "datePublished"), meta(document, "pubdate"),
        meta(document, "publishdate"), meta(document, "date"), meta(document, "dc.date.issued"),
        meta(document, "dc.date"), document.select("[itemprop=datePublished]").attr("content"),
        document.select("[itemprop=datePublished]").attr("datetime"), document.select("time[datetime]").attr("datetime"),
        jsonField(jsonLd, "dateCreated"));
    Set<String> authors = new LinkedHashSet<>();
    for (String name : jsonNames(jsonLd, "author")) {
      addAuthor(authors, name);
    }
    addAuthor(authors, meta(document, "author"));
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
    String language = document.select("html").attr("lang");
    if (language.isBlank()) {
      language = meta(document, "content-language");
    }
    language = language == null || language.isBlank() ? null
        : language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return new Declared(url == null ? null : url.strip(), outlet, headline, published, List.copyOf(authors),
        jsonField(jsonLd, "articleBody"), language);
  }

  /** The content of a meta tag by name, property or itemprop (case-insensitive), or null. */
  private static String meta(Document document, String key) {
    for (Element meta : document.select("meta[content]")) {
      for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
        if (meta.attr(attribute).equalsIgnoreCase(key)) {
          String content = meta.attr("content").strip();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  /** The first string value of {@code field} anywhere in the JSON-LD text, or null. */
  private static String jsonField(String json, String field) {
    Matcher key = JSON_KEY.matcher(json);
    while (key.find()) {
      if (key.group(1).equals(field) && key.end() < json.length() && json.charAt(key.end()) == '"') {
        return stringAt(json, key.end());
      }
    }
    return null;
  }

  private static String jsonName(String json, String field) {
    List<String> names = jsonNames(json, field);
    return names.isEmpty() ? null : names.get(0);
  }

  /** The names under {@code field}: a string, or the {@code name} of an object or of objects in an array. */
  private static List<String> jsonNames(String json, String field) {
    List<String> names = new ArrayList<>();
    Matcher key = JSON_KEY.matcher(json);
    while (key.find()) {
      if (!key.group(1).equals(field) || key.end() >= json.length()) {
        continue;
      }
      char opening = json.charAt(key.end());
      if (opening == '"') {
        names.add(stringAt(json, key.end()));
      } else if (opening == '{' || opening == '[') {
        int close = json.indexOf(opening == '{' ? '}' : ']', key.end());
        String value = json.substring(key.end(), close < 0 ? json.length() : close);
        Matcher name = JSON_KEY.matcher(value);
        while (name.find()) {
          if (name.group(1).equals("name") && name.end() < value.length() && value.charAt(name.end()) == '"') {
            names.add(stringAt(value, name.end()));
          }
        }
      }
    }
    return names;
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

  private static PublicationTime firstDate(String... candidates) {
    for (String candidate : candidates) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      try {
        return PublicationTime.parse(candidate.strip());
      } catch (DateTimeParseException | IllegalArgumentException e) {
        // not ISO: try the next candidate
      }
    }
    return null;
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
