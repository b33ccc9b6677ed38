package dev.parallax.extract;

import dev.parallax.internal.CalendarText;
import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them: English ("Nov 18, 2019", "18 November 2019", with a time when
 * given, via {@link CalendarText}), ISO ({@code 2019-11-18}), day-first numeric ({@code
 * 18.11.2019}) and day-first with a German, French, Italian, Spanish, Portuguese or Dutch month
 * name, written out or abbreviated ("18. November 2019", "13 juin 2019", "3 de marzo de 2020",
 * "21. Jan. 2015", "30 juil. 2019"), or month first ("Juli 12, 2017"); year first with dots or
 * slashes ({@code 2023.11.02}, {@code 2020/04/17}) and in Chinese, Japanese or Korean ("2020年7月12日",
 * "2023년 11월 2일"). The earliest in the text wins.
 */
final class WrittenDates {

  private static final Pattern DAY_FIRST_NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?![\\d:])");
  /** Year first: {@code 2023.11.02}, {@code 2020/04/17}, "2020年7月12日", "2023년 11월 2일". */
  private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d./])((?:19|20)\\d\\d)(?:([./])(\\d{1,2})\\2(\\d{1,2})"
      + "(?![\\d/])|\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일])");
  /** Month names of German, French, Italian, Spanish, Portuguese and Dutch, by month number. */
  private static final Map<String, Integer> MONTHS = months(
      "januar jänner janvier gennaio enero janeiro januari",
      "februar février fevrier febbraio febrero fevereiro februari",
      "märz mars marzo março maart",
      "april avril aprile abril",
      "mai mai maggio mayo maio mei",
      "juni juin giugno junio junho",
      "juli juillet luglio julio julho",
      "august août aout agosto augustus",
      "september septembre settembre septiembre setembro",
      "oktober octobre ottobre octubre outubro",
      "november novembre noviembre novembro",
      "dezember décembre decembre dicembre diciembre dezembro december");
  /**
   * Abbreviations, by month number: those of the languages above that English does not share
   * ({@link CalendarText} reads "Jan", "Sept"...). Taken only followed by a year, so "mar" or
   * "set" in running text is not a month.
   */
  private static final Map<String, Integer> ABBREVIATIONS = months(
      "jan janv gen ene",
      "feb fév fev févr fevr",
      "mär mrz mar mars mrt",
      "apr avr abr",
      "mai mag",
      "jun giu",
      "jul juil lug",
      "aug ago",
      "sep sept set",
      "okt oct ott out",
      "nov",
      "dez déc dec dic");
  private static final String MONTH_NAMES = String.join("|", MONTHS.keySet());
  private static final String MONTH_ABBREVIATIONS = String.join("|", ABBREVIATIONS.keySet());
  private static final Pattern DAY_FIRST_NAMED = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|º)?\\s*(?:de\\s+)?(?:("
      + MONTH_NAMES + ")|(" + MONTH_ABBREVIATIONS + ")\\.?)\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)");
  /** Month name first, as in English: "Juli 12, 2017", "März 3 2020". */
  private static final Pattern MONTH_FIRST_NAMED = Pattern.compile("(?iu)(?<!\\p{L})(" + MONTH_NAMES
      + ")\\s+(\\d{1,2})(?:\\.|,)?\\s*,?\\s+((?:19|20)\\d\\d)(?!\\d)");

  private WrittenDates() {}

  /** A date found in a text and where it starts. */
  record Found(PublicationTime time, int start) {}

  /** The earliest full date in the text, or null. */
  static PublicationTime first(String text) {
    Found found = find(text);
    return found == null ? null : found.time();
  }

  /** The earliest full date in the text and its position, or null. */
  static Found find(String text) {
    PublicationTime best = null;
    int bestAt = Integer.MAX_VALUE;
    CalendarText.DateMatch english = CalendarText.firstFullDate(text);
    if (english != null) {
      best = new PublicationTime(english.dateIn(english.year()), english.time(), null);
      bestAt = english.start();
    }
    Matcher numeric = DAY_FIRST_NUMERIC.matcher(text);
    while (numeric.find() && numeric.start() < bestAt) {
      PublicationTime date = date(numeric.group(3), numeric.group(2), numeric.group(1));
      if (date != null) {
        best = date;
        bestAt = numeric.start();
        break;
      }
    }
    Matcher yearFirst = YEAR_FIRST.matcher(text);
    while (yearFirst.find() && yearFirst.start() < bestAt) {
      boolean cjk = yearFirst.group(2) == null;
      PublicationTime date = date(yearFirst.group(1), yearFirst.group(cjk ? 5 : 3), yearFirst.group(cjk ? 6 : 4));
      if (date != null) {
        best = date;
        bestAt = yearFirst.start();
        break;
      }
    }
    Matcher named = DAY_FIRST_NAMED.matcher(text);
    while (named.find() && named.start() < bestAt) {
      Integer month = named.group(2) != null ? MONTHS.get(named.group(2).toLowerCase(Locale.ROOT))
          : ABBREVIATIONS.get(named.group(3).toLowerCase(Locale.ROOT));
      PublicationTime date = month == null ? null : date(named.group(4), String.valueOf(month), named.group(1));
      if (date != null) {
        best = date;
        bestAt = named.start();
        break;
      }
    }
    Matcher monthFirst = MONTH_FIRST_NAMED.matcher(text);
    while (monthFirst.find() && monthFirst.start() < bestAt) {
      PublicationTime date = date(monthFirst.group(3),
          String.valueOf(MONTHS.get(monthFirst.group(1).toLowerCase(Locale.ROOT))), monthFirst.group(2));
      if (date != null) {
        best = date;
        bestAt = monthFirst.start();
        break;
      }
    }
    return best == null ? null : new Found(best, bestAt);
  }

  private static Map<String, Integer> months(String... namesByMonth) {
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int month = 0; month < namesByMonth.length; month++) {
      for (String name : namesByMonth[month].split(" ")) {
        months.putIfAbsent(name, month + 1);
      }
    }
    return Collections.unmodifiableMap(months);
  }

  private static PublicationTime date(String year, String month, String day) {
    try {
      return PublicationTime.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
