package dev.parallax.nlp;

import dev.parallax.internal.ContentWords;
import dev.parallax.model.Quantity;
import dev.parallax.model.Quantity.Dimension;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with units and normalises them: lengths to kilometres (miles, metres, feet),
 * masses to kilograms, money by currency, percentages, and counts of things ("3,000 people",
 * unit "people"). Numbers are digits with thousands separators and decimals, or small number
 * words, optionally scaled ("1.2 million"). A following "per day", "a month", "daily" makes a
 * rate. Years, clock times and bare numbers without a unit or counted noun are skipped.
 * Thread-safe.
 */
final class QuantityFinder {

  private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "fifteen|twenty|thirty|forty|fifty|hundred|a hundred|dozens|hundreds|thousands";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:/$€£-])(?<currency>US\\$|\\$|€|£)?\\s?"
          + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:" + NUMBER_WORDS + "))"
          + "(?:\\s(?<scale>(?i:million|billion|trillion|thousand))\\b)?"
          + "(?:(?:\\s?|-)(?<unit>(?i:kilometers?|kilometres?|km|miles?|mi|meters?|metres?|feet|foot|ft|kilograms?|kg"
          + "|tonnes?|tons?|pounds?|lbs?|percent|per cent|%|dollars?|euros?|roubles?|rubles?))\\b"
          + "|\\s(?<noun>[\\p{Ll}][\\p{Ll}-]+))?");
  private static final Pattern RATE = Pattern.compile(
      "^(?:\\s+[\\p{Ll}-]+){0,7}?\\s+(?:(?:per|a|an|each|every)\\s+(day|week|month|year|hour)\\b"
          + "|(daily|weekly|monthly|yearly|annually|hourly)\\b)");
  private static final Map<String, Double> WORD_VALUES = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
      Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
      Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
      Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
      Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
      Map.entry("a hundred", 100.0), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0),
      Map.entry("thousands", 2000.0));
  private static final Map<String, String> PERIODS = Map.of("daily", "day", "weekly", "week", "monthly", "month",
      "yearly", "year", "annually", "year", "hourly", "hour");
  /** Words after a number that are not things counted. */
  private static final Set<String> NOT_COUNTED = Set.of("of", "and", "or", "to", "in", "on", "at",
      "for", "the", "a", "an", "by", "from", "with", "than", "more", "years", "year", "days", "day", "weeks", "week",
      "months", "month", "hours", "hour", "minutes", "seconds", "am", "pm", "percent", "times", "was", "were", "is",
      "are", "had", "have", "has", "will", "would");

  List<Quantity> find(String body) {
    List<Quantity> found = new ArrayList<>();
    Matcher matcher = QUANTITY.matcher(body);
    while (matcher.find()) {
      if (!found.isEmpty() && matcher.start() < found.get(found.size() - 1).span().end()) {
        continue;
      }
      String number = matcher.group("number");
      double value = valueOf(number);
      if (Double.isNaN(value)) {
        continue;
      }
      String scale = matcher.group("scale");
      if (scale != null) {
        value *= switch (scale.toLowerCase(Locale.ROOT)) {
          case "thousand" -> 1e3;
          case "million" -> 1e6;
          case "billion" -> 1e9;
          default -> 1e12;
        };
      }
      String currency = matcher.group("currency");
      String unit = matcher.group("unit") == null ? null : matcher.group("unit").toLowerCase(Locale.ROOT);
      String noun = matcher.group("noun");
      int end = matcher.end();
      Quantity quantity;
      if (currency != null) {
        end = unit == null && noun != null ? matcher.start("noun") - 1 : end;
        quantity = of(body, matcher.start(), end, value, currency, Dimension.MONEY, value, currencyCode(currency));
      } else if (unit != null) {
        quantity = measure(body, matcher.start(), end, value, unit);
      } else if (noun != null && !NOT_COUNTED.contains(noun) && !isYear(number, scale)) {
        quantity = of(body, matcher.start(), end, value, noun, Dimension.COUNT, value, ContentWords.fold(noun));
      } else {
        continue;
      }
      found.add(withRate(body, quantity));
    }
    return found;
  }

  private static Quantity measure(String body, int start, int end, double value, String unit) {
    String singular = unit.endsWith("s") && unit.length() > 2 ? unit.substring(0, unit.length() - 1) : unit;
    return switch (singular) {
      case "kilometer", "kilometre", "km" -> of(body, start, end, value, unit, Dimension.LENGTH, value, "km");
      case "mile", "mi" -> of(body, start, end, value, unit, Dimension.LENGTH, value * 1.609344, "km");
      case "meter", "metre" -> of(body, start, end, value, unit, Dimension.LENGTH, value / 1000, "km");
      case "feet", "foot", "ft" -> of(body, start, end, value, unit, Dimension.LENGTH, value * 0.0003048, "km");
      case "kilogram", "kg" -> of(body, start, end, value, unit, Dimension.MASS, value, "kg");
      case "tonne", "ton" -> of(body, start, end, value, unit, Dimension.MASS, value * 1000, "kg");
      case "pound", "lb" -> of(body, start, end, value, unit, Dimension.MASS, value * 0.45359237, "kg");
      case "percent", "per cent", "%" -> of(body, start, end, value, unit, Dimension.PERCENT, value, "%");
      case "dollar" -> of(body, start, end, value, unit, Dimension.MONEY, value, "USD");
      case "euro" -> of(body, start, end, value, unit, Dimension.MONEY, value, "EUR");
      default -> of(body, start, end, value, unit, Dimension.MONEY, value, "RUB");
    };
  }

  private static Quantity of(String body, int start, int end, double value, String unit, Dimension dimension,
      double standard, String standardUnit) {
    while (end > start && !Character.isLetterOrDigit(body.charAt(end - 1)) && body.charAt(end - 1) != '%') {
      end--;
    }
    return new Quantity(new Span(start, end), value, unit.toLowerCase(Locale.ROOT), dimension, standard,
        standardUnit, null);
  }

  private static Quantity withRate(String body, Quantity quantity) {
    int from = quantity.span().end();
    Matcher rate = RATE.matcher(body.substring(from, Math.min(body.length(), from + 60)));
    if (!rate.find()) {
      return quantity;
    }
    String per = rate.group(1) != null ? rate.group(1) : PERIODS.get(rate.group(2));
    return new Quantity(new Span(quantity.span().start(), from + rate.end()), quantity.value(), quantity.unit(),
        quantity.dimension(), quantity.standardValue(), quantity.standardUnit(), per);
  }

  private static double valueOf(String number) {
    String lower = number.toLowerCase(Locale.ROOT);
    if (WORD_VALUES.containsKey(lower)) {
      return WORD_VALUES.get(lower);
    }
    try {
      return Double.parseDouble(number.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean isYear(String number, String scale) {
    return scale == null && number.matches("(1[89]|20)\\d\\d");
  }

  private static String currencyCode(String symbol) {
    return switch (symbol) {
      case "€" -> "EUR";
      case "£" -> "GBP";
      default -> "USD";
    };
  }
}
