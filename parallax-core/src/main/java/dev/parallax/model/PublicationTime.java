package dev.parallax.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an article was published, as precisely as its source states it: always a date,
 * a time and an offset only where known.
 */
public record PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset) {

  public PublicationTime {
    Objects.requireNonNull(date, "date");
    if (offset != null && time == null) {
      throw new IllegalArgumentException("an offset needs a time: " + date + " " + offset);
    }
  }

  public static PublicationTime of(LocalDate date) {
    return new PublicationTime(date, null, null);
  }

  /** ISO-8601 form: {@code 2023-12-01}, {@code 2023-12-01T09:51} or {@code 2023-12-01T09:51+08:00}. */
  public String iso() {
    if (time == null) {
      return date.toString();
    }
    return date + "T" + time + (offset == null ? "" : offset.getId());
  }

  /**
   * Parses the form {@link #iso()} writes (and a bare {@code Z} offset).
   *
   * @throws DateTimeParseException or {@link IllegalArgumentException} if {@code iso} is not that form
   */
  public static PublicationTime parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    String text = iso.trim();
    if (text.length() < 10) {
      throw new IllegalArgumentException("not an ISO date: '" + iso + "'");
    }
    LocalDate date = LocalDate.parse(text.substring(0, 10));
    if (text.length() == 10) {
      return of(date);
    }
    if (text.charAt(10) != 'T' && text.charAt(10) != ' ') {
      throw new IllegalArgumentException("not an ISO date-time: '" + iso + "'");
    }
    String rest = text.substring(11);
    int zoneAt = indexOfZone(rest);
    LocalTime time = LocalTime.parse(zoneAt < 0 ? rest : rest.substring(0, zoneAt));
    return new PublicationTime(date, time, zoneAt < 0 ? null : offset(rest.substring(zoneAt), iso));
  }

  /** The offset, or a {@link DateTimeParseException} like every other malformed part. */
  private static ZoneOffset offset(String text, String iso) {
    try {
      return ZoneOffset.of(text);
    } catch (DateTimeException e) {
      throw new DateTimeParseException("not an ISO offset: '" + text + "'", iso, iso.indexOf(text));
    }
  }

  private static int indexOfZone(String timePart) {
    for (int i = 0; i < timePart.length(); i++) {
      char c = timePart.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return -1;
  }
}
