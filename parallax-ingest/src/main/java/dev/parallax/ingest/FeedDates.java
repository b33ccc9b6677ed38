package dev.parallax.ingest;

import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them: ISO 8601 (Atom, Dublin Core) or RFC 822 (RSS {@code pubDate}),
 * including the named US zones and two-digit years RFC 822 allows. Anything else is null: a
 * feed item with an unreadable date is kept without one. Thread-safe.
 */
final class FeedDates {

  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
      Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
      Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
  private static final Pattern RFC_822 = Pattern.compile(
      "(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\s+(\\d{2}|\\d{4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([A-Za-z]+|[+-]\\d{4})?");

  private FeedDates() {}

  static PublicationTime parse(String value) {
    if (value == null || value.isBlank() || value.length() > 64) {
      return null;
    }
    String text = value.strip();
    try {
      return PublicationTime.parse(text);
    } catch (DateTimeException | IllegalArgumentException e) {
      return rfc822(text);
    }
  }

  private static PublicationTime rfc822(String text) {
    Matcher m = RFC_822.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String zone = m.group(5) == null ? "+0000" : m.group(5);
    if (!zone.startsWith("+") && !zone.startsWith("-")) {
      zone = ZONES.get(zone.toUpperCase(Locale.ROOT));
      if (zone == null) {
        return null;
      }
    }
    String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
    String time = m.group(4).length() <= 5 ? m.group(4) + ":00" : m.group(4);
    String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
    String normal = m.group(1) + " " + month + " " + year + " " + time + " " + zone;
    try {
      OffsetDateTime at = OffsetDateTime.parse(normal, DateTimeFormatter.ofPattern("d MMM uuuu H:mm:ss Z", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
      return new PublicationTime(at.toLocalDate(), at.toLocalTime(), at.getOffset());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
