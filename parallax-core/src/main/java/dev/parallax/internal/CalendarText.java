package dev.parallax.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in English news text: {@code 2023-12-01 09:51},
 * {@code November 20, 2023}, {@code Nov. 16}, {@code 21st November 2023}. Month-day forms
 * without a year are reported with {@code hasYear == false} and the year 0 left to the caller
 * to fill. Stateless and thread-safe.
 */
public final class CalendarText {

  /** A date found in text, with its character range. Time is null unless written. */
  public record DateMatch(int start, int end, int year, Month month, int day, LocalTime time) {
    public boolean hasYear() {
      return year > 0;
    }

    /** The date, in {@code year} when the text gave none. */
    public LocalDate dateIn(int fallbackYear) {
      return LocalDate.of(hasYear() ? year : fallbackYear, month, day);
    }
  }

  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
      Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
      Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
      Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
      Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
      Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("september", Month.SEPTEMBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
      Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY));

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME = "(?:[ T,]+(?:at )?(\\d{1,2}):(\\d{2})(?::\\d{2})?)?";

  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})" + TIME + "(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,\\s*|\\s+)?((?:19|20)\\d{2})?\\b" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "(?:\\s*,?\\s*((?:19|20)\\d{2}))?\\b" + TIME,
      Pattern.CASE_INSENSITIVE);

  private CalendarText() {}

  /** The month a name or abbreviation ("Nov", "november") stands for, or null. */
  public static Month month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The weekday a name stands for ("Wednesday"), or null. */
  public static DayOfWeek weekday(String word) {
    return WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
  }

  /** All non-overlapping dates in {@code text}, in order of appearance. */
  public static List<DateMatch> findDates(CharSequence text) {
    List<DateMatch> found = new ArrayList<>();
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      add(found, iso.start(), iso.end(), Integer.parseInt(iso.group(1)),
          monthNumber(iso.group(2)), Integer.parseInt(iso.group(3)), time(iso.group(4), iso.group(5)));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      int year = mdy.group(3) == null ? 0 : Integer.parseInt(mdy.group(3));
      int end = year == 0 && mdy.group(4) == null ? mdy.end(2) : mdy.end();
      add(found, mdy.start(), end, year, month(mdy.group(1)), Integer.parseInt(mdy.group(2)),
          time(mdy.group(4), mdy.group(5)));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find()) {
      int year = dmy.group(3) == null ? 0 : Integer.parseInt(dmy.group(3));
      add(found, dmy.start(), dmy.end(), year, month(dmy.group(2)), Integer.parseInt(dmy.group(1)),
          time(dmy.group(4), dmy.group(5)));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The first date in {@code text} that carries a year, or null. */
  public static DateMatch firstFullDate(CharSequence text) {
    for (DateMatch match : findDates(text)) {
      if (match.hasYear()) {
        return match;
      }
    }
    return null;
  }

  private static Month monthNumber(String digits) {
    int value = Integer.parseInt(digits);
    return value >= 1 && value <= 12 ? Month.of(value) : null;
  }

  private static LocalTime time(String hours, String minutes) {
    if (hours == null) {
      return null;
    }
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
  }

  private static void add(List<DateMatch> found, int start, int end, int year, Month month, int day,
      LocalTime time) {
    if (month == null || !valid(year, month, day)) {
      return;
    }
    for (DateMatch other : found) {
      if (start < other.end() && other.start() < end) {
        return;
      }
    }
    found.add(new DateMatch(start, end, year, month, day, time));
  }

  private static boolean valid(int year, Month month, int day) {
    try {
      LocalDate.of(year > 0 ? year : 2000, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
