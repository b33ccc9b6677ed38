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
 * name ("18. November 2019", "13 juin 2019", "3 de marzo de 2020"). The earliest in the text wins.
 */
final class WrittenDates {

  private static final Pattern DAY_FIRST_NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?!\\d)");
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
  private static final Pattern DAY_FIRST_NAMED = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?("
      + String.join("|", MONTHS.keySet()) + ")\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)");

  private WrittenDates() {}

  /** The earliest full date in the text, or null. */
  static PublicationTime first(String text) {
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
    Matcher named = DAY_FIRST_NAMED.matcher(text);
    while (named.find() && named.start() < bestAt) {
      PublicationTime date = date(named.group(3), String.valueOf(MONTHS.get(named.group(2).toLowerCase(Locale.ROOT))),
          named.group(1));
      if (date != null) {
        best = date;
        break;
      }
    }
    return best;
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
