package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.WordLists;
import dev.parallax.model.Quantity;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity the annotator found, as the fact stage compares it: with the qualifier the
 * article gives it ("about", "more than": a range, not a point) and the thing it measures
 * ("border" in "830-mile border"; for counts, the noun counted).
 */
record Figure(Quantity quantity, Bound bound, String thing) {

  /** Relative difference within which two exact figures still agree (unit conversion rounds). */
  static final double ROUNDING = 0.03;
  /** Relative spread of an approximate figure ("about 3,000"). */
  static final double APPROXIMATION = 0.10;

  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)\\b(about|around|approximately|roughly|some|nearly|almost|an estimated|up to|more than|over|"
          + "at least|less than|fewer than|under|at most)\\s*$");
  private static final Pattern NEXT_WORD = Pattern.compile("^[\\s-]*(\\p{L}+)");

  Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(bound, "bound");
  }

  /** How an article qualifies a figure. */
  enum Bound {
    EXACT,
    ABOUT,
    AT_LEAST,
    AT_MOST
  }

  /** The figure of a quantity in {@code body}. */
  static Figure of(Quantity quantity, String body) {
    return new Figure(quantity, bound(body, quantity.span().start()), thing(quantity, body));
  }

  /**
   * Whether both measure the same kind of thing in the same way: one dimension, standard unit
   * and rate, and for counts the same thing (or words of one framing family: "protesters" and
   * "rioters").
   */
  boolean sameMeasure(Figure other) {
    Quantity a = quantity;
    Quantity b = other.quantity;
    if (a.dimension() != b.dimension() || !Objects.equals(a.per(), b.per())) {
      return false;
    }
    if (a.dimension() == Quantity.Dimension.COUNT) {
      return a.standardUnit().equals(b.standardUnit()) || FramingAnalyzer.sameReferent(a.standardUnit(), b.standardUnit());
    }
    return a.standardUnit().equals(b.standardUnit());
  }

  /** Whether the two figures can both be true: their ranges overlap. */
  boolean consistentWith(Figure other) {
    return low() <= other.high() && other.low() <= high();
  }

  boolean counts() {
    return quantity.dimension() == Quantity.Dimension.COUNT;
  }

  private double low() {
    double value = quantity.standardValue();
    return switch (bound) {
      case EXACT -> value * (1 - ROUNDING);
      case ABOUT -> value * (1 - APPROXIMATION);
      case AT_LEAST -> value;
      case AT_MOST -> 0;
    };
  }

  private double high() {
    double value = quantity.standardValue();
    return switch (bound) {
      case EXACT -> value * (1 + ROUNDING);
      case ABOUT -> value * (1 + APPROXIMATION);
      case AT_LEAST -> Double.POSITIVE_INFINITY;
      case AT_MOST -> value;
    };
  }

  private static Bound bound(String body, int start) {
    Matcher qualifier = QUALIFIER.matcher(body.substring(Math.max(0, start - 16), start));
    if (!qualifier.find()) {
      return Bound.EXACT;
    }
    return switch (qualifier.group(1).toLowerCase(java.util.Locale.ROOT)) {
      case "more than", "over", "at least" -> Bound.AT_LEAST;
      case "less than", "fewer than", "under", "at most", "up to" -> Bound.AT_MOST;
      default -> Bound.ABOUT;
    };
  }

  /** The noun counted, or the content word right after a measure ("canal" in "42-kilometre canal"). */
  private static String thing(Quantity quantity, String body) {
    if (quantity.dimension() == Quantity.Dimension.COUNT) {
      return quantity.standardUnit();
    }
    int end = quantity.span().end();
    Matcher next = NEXT_WORD.matcher(body.substring(end, Math.min(body.length(), end + 40)));
    if (!next.find()) {
      return null;
    }
    String word = WordLists.lower(next.group(1));
    return WordLists.isStopWord(word) || word.length() < 3 ? null : ContentWords.fold(word);
  }
}
