package dev.parallax.extract;

import dev.parallax.internal.CalendarText;
import dev.parallax.model.PublicationTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them: English ("Nov 18, 2019", "18 November 2019", with a time when
 * given, via {@link CalendarText}), ISO ({@code 2019-11-18}), German and other European day-first
 * forms ({@code 18.11.2019}, "18. November 2019"). The earliest in the text wins.
 */
final class WrittenDates {

  private static final Pattern DAY_FIRST_NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?!\\d)");
  private static final List<String> GERMAN_MONTHS = List.of("januar", "februar", "märz", "april", "mai", "juni",
      "juli", "august", "september", "oktober", "november", "dezember");
  private static final Pattern DAY_FIRST_GERMAN = Pattern.compile(
      "(?i)(?<!\\d)(\\d{1,2})\\.\\s*(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober"
          + "|november|dezember)\\s+((?:19|20)\\d\\d)(?!\\d)");

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
    Matcher german = DAY_FIRST_GERMAN.matcher(text);
    while (german.find() && german.start() < bestAt) {
      String month = german.group(2).toLowerCase(Locale.ROOT).replace("jänner", "januar");
      PublicationTime date = date(german.group(3), String.valueOf(GERMAN_MONTHS.indexOf(month) + 1), german.group(1));
      if (date != null) {
        best = date;
        break;
      }
    }
    return best;
  }

  private static PublicationTime date(String year, String month, String day) {
    try {
      return PublicationTime.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
