package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.WordLists;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures with units in text and normalises them ({@link Quantity}): digits with
 * thousands separators or decimals, scale words ("1.5 million"), small number words ("four");
 * units of length, mass, time, money and per cent, or else the noun counted; a rate
 * ("per day"); a qualifier ("about", "more than"). Years, dates, times and ordinals are not
 * quantities. Thread-safe.
 */
final class QuantityFinder {

  private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
      Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
      Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("dozen", 12.0),
      Map.entry("twenty", 20.0), Map.entry("hundred", 100.0));

  private static final Map<String, Double> SCALES = Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6);

  /** Unit word (lower case) → dimension and factor to the base unit. */
  private static final Map<String, Unit> UNITS = units(
      unit("length", 1000, "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"),
      unit("length", 1609.344, "mile", "miles", "mi"),
      unit("length", 1, "meter", "meters", "metre", "metres"),
      unit("length", 0.3048, "foot", "feet", "ft"),
      unit("mass", 1, "kg", "kilogram", "kilograms", "kilo", "kilos"),
      unit("mass", 1000, "tonne", "tonnes", "ton", "tons"),
      unit("mass", 0.45359237, "pound", "pounds", "lb", "lbs"),
      unit("duration", 60, "minute", "minutes"),
      unit("duration", 3600, "hour", "hours"),
      unit("duration", 86400, "day", "days"),
      unit("duration", 604800, "week", "weeks"),
      unit("duration", 2629746, "month", "months"),
      unit("duration", 31556952, "year", "years"),
      unit("percent", 1, "%", "percent", "per cent"),
      unit("money:USD", 1, "dollar", "dollars"),
      unit("money:EUR", 1, "euro", "euros"),
      unit("money:RUB", 1, "rouble", "roubles", "ruble", "rubles"),
      unit("money:CNY", 1, "yuan"));

  private static final Map<Character, String> CURRENCY_SIGNS = Map.of('$', "money:USD", '€', "money:EUR",
      '£', "money:GBP", '¥', "money:CNY");

  private static final Pattern FIGURE = Pattern.compile(
      "(?<sign>[$€£¥])?(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
          + "(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a dozen|a hundred))"
          + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|m)\\b)?"
          + "(?<unit>\\s?(?:-\\s?)?(?:%|(?:per cent|percent|(?i:km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?"
          + "|feet|foot|ft|kg|kilograms?|kilos?|tonnes?|tons?|pounds?|lbs?|minutes?|hours?|days?|weeks?|months?"
          + "|years?|dollars?|euros?|roubles?|rubles?|yuan))\\b))?");

  private static final Pattern RATE = Pattern.compile(
      "^\\W{0,3}(?:\\w+\\s){0,5}?(?:per|a|an|each|every)\\s(hour|day|week|month|year)\\b"
          + "|^\\W{0,3}(?:\\w+\\s){0,5}?(daily|weekly|monthly|annually|yearly)\\b");

  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)\\b(about|around|approximately|roughly|some|nearly|almost|an estimated|up to|more than|over|"
          + "at least|less than|fewer than|under|at most)\\s*$");

  private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
      "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
      "nov", "november", "dec", "december");

  private static final Set<String> NOT_COUNTED = Set.of("of", "and", "or", "to", "in", "on", "at", "by", "for",
      "from", "with", "as", "than", "per", "a", "an", "the", "was", "were", "is", "are", "had", "has", "have");

  /** The quantities stated in {@code text[from, to)}, in text order. */
  List<Quantity> find(String text, int from, int to) {
    List<Quantity> found = new ArrayList<>();
    Matcher figure = FIGURE.matcher(text).region(from, to);
    while (figure.find()) {
      Quantity quantity = quantity(text, figure, to);
      if (quantity != null) {
        found.add(quantity);
      }
    }
    return found;
  }

  private Quantity quantity(String text, Matcher figure, int limit) {
    int start = figure.start();
    int end = figure.end();
    boolean digits = Character.isDigit(text.charAt(figure.start("number")));
    if (insideWord(text, start, end) || isDateOrTime(text, start, end) || ordinal(text, end)) {
      return null;
    }
    double value = parseNumber(figure.group("number"));
    String scale = figure.group("scale");
    if (scale != null) {
      value *= SCALES.get(scale);
    }
    String unitText = figure.group("unit");
    String sign = figure.group("sign");
    String dimension;
    if (unitText != null) {
      Unit unit = UNITS.get(unitText.replaceAll("^[\\s-]+", "").toLowerCase(Locale.ROOT));
      dimension = unit.dimension();
      value *= unit.factor();
    } else if (sign != null) {
      dimension = CURRENCY_SIGNS.get(sign.charAt(0));
    } else if (digits && scale == null && value >= 1900 && value <= 2100 && value == Math.rint(value)) {
      return null;
    } else {
      dimension = "count";
    }
    String thing = followingNoun(text, end, limit, dimension.equals("count"));
    if (dimension.equals("count") && thing == null) {
      return null;
    }
    return new Quantity(new Span(start, end), dimension, value, bound(text, start), rate(text, end, limit), thing);
  }

  private static boolean insideWord(String text, int start, int end) {
    return (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'))
        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end - 1) != ' ');
  }

  private static boolean isDateOrTime(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 10), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, Math.min(text.length(), end + 10)).toLowerCase(Locale.ROOT);
    if (after.startsWith(":") || after.matches("^\\s?(?:a\\.?m\\.?|p\\.?m\\.?)\\b.*")) {
      return true;
    }
    String previous = lastWord(before);
    String next = firstWord(after);
    return MONTHS.contains(previous) || MONTHS.contains(next);
  }

  private static boolean ordinal(String text, int end) {
    return text.startsWith("st", end) || text.startsWith("nd", end) || text.startsWith("rd", end)
        || text.startsWith("th", end);
  }

  private static String lastWord(String text) {
    String[] words = text.replaceAll("[^\\p{L}\\s]", " ").trim().split("\\s+");
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static String firstWord(String text) {
    String[] words = text.replaceAll("[^\\p{L}\\s]", " ").trim().split("\\s+");
    return words.length == 0 ? "" : words[0];
  }

  private static double parseNumber(String number) {
    String lower = number.toLowerCase(Locale.ROOT).replace("a ", "");
    Double word = NUMBER_WORDS.get(lower);
    return word != null ? word : Double.parseDouble(number.replace(",", ""));
  }

  /**
   * What the figure measures or counts: the content word right after it ("canal" in "42-km
   * canal"), for counts with a second word that is not a verb form ("asylum seekers", but
   * "protesters" in "protesters marched").
   */
  private static String followingNoun(String text, int end, int limit, boolean counted) {
    Matcher words = Pattern.compile("\\G[\\s-]*([\\p{L}]+)").matcher(text).region(end, limit);
    List<String> taken = new ArrayList<>();
    while (taken.size() < (counted ? 2 : 1) && words.find()) {
      String word = WordLists.lower(words.group(1));
      if (NOT_COUNTED.contains(word) || WordLists.isStopWord(word) || MONTHS.contains(word)
          || (!taken.isEmpty() && (!Character.isLowerCase(words.group(1).charAt(0)) || word.endsWith("ed")
              || FramingAnalyzer.isVerb(word)))) {
        break;
      }
      taken.add(ContentWords.fold(word));
    }
    if (taken.isEmpty()) {
      return null;
    }
    return String.join(" ", taken);
  }

  private static Quantity.Bound bound(String text, int start) {
    Matcher qualifier = QUALIFIER.matcher(text.substring(Math.max(0, start - 16), start));
    if (!qualifier.find()) {
      return Quantity.Bound.EXACT;
    }
    return switch (qualifier.group(1).toLowerCase(Locale.ROOT)) {
      case "more than", "over", "at least" -> Quantity.Bound.AT_LEAST;
      case "less than", "fewer than", "under", "at most", "up to" -> Quantity.Bound.AT_MOST;
      default -> Quantity.Bound.ABOUT;
    };
  }

  private static String rate(String text, int end, int limit) {
    Matcher rate = RATE.matcher(text.substring(end, Math.min(limit, end + 60)));
    if (!rate.find()) {
      return null;
    }
    String period = rate.group(1) != null ? rate.group(1) : rate.group(2);
    return switch (period) {
      case "daily" -> "day";
      case "weekly" -> "week";
      case "monthly" -> "month";
      case "annually", "yearly" -> "year";
      default -> period;
    };
  }

  private record Unit(String dimension, double factor) {}

  private record UnitWords(Unit unit, String... words) {}

  private static UnitWords unit(String dimension, double factor, String... words) {
    return new UnitWords(new Unit(dimension, factor), words);
  }

  private static Map<String, Unit> units(UnitWords... groups) {
    Map<String, Unit> units = new HashMap<>();
    for (UnitWords group : groups) {
      for (String word : group.words()) {
        units.put(word, group.unit());
      }
    }
    return Map.copyOf(units);
  }
}
