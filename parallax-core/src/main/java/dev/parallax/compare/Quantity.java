package dev.parallax.compare;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A number with its unit as an article states it, normalised so that quantities given in
 * different units compare: "1,340-kilometer" and "830-mile" are both lengths in metres.
 *
 * @param span the number and its unit in the body ("1,340-kilometer", "more than 600")
 * @param dimension what is measured: {@code length} (metres), {@code mass} (kilograms),
 *     {@code duration} (seconds), {@code percent}, {@code money:USD} (one per currency), or
 *     {@code count} (things counted, named by {@code thing})
 * @param value the normalised value
 * @param bound how the article qualifies the number ("about", "more than")
 * @param per the period of a rate ("day" for "3,000 per day"), or null
 * @param thing the noun the number measures or counts ("border", "asylum seeker"), or null
 */
public record Quantity(Span span, String dimension, double value, Bound bound, String per, String thing) {

  /** Relative difference within which two exact figures still agree (unit conversion rounds). */
  static final double ROUNDING = 0.03;
  /** Relative spread of an approximate figure ("about 3,000"). */
  static final double APPROXIMATION = 0.10;

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(bound, "bound");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("a quantity is finite and not negative: " + value);
    }
  }

  /** How an article qualifies a figure. */
  public enum Bound {
    EXACT,
    ABOUT,
    AT_LEAST,
    AT_MOST
  }

  /**
   * Whether both measure the same kind of thing in the same way: one dimension and rate, and
   * for counts the same thing (the same head noun, or words of one framing family:
   * "protesters" and "rioters").
   */
  boolean sameMeasure(Quantity other) {
    return dimension.equals(other.dimension) && Objects.equals(per, other.per)
        && (!dimension.equals("count") || sameThing(thing, other.thing));
  }

  private static boolean sameThing(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String headA = a.substring(a.lastIndexOf(' ') + 1);
    String headB = b.substring(b.lastIndexOf(' ') + 1);
    return headA.equals(headB) || FramingAnalyzer.sameReferent(a, b);
  }

  /** Whether the two figures can both be true: their ranges overlap. */
  boolean consistentWith(Quantity other) {
    return low() <= other.high() && other.low() <= high();
  }

  private double low() {
    return switch (bound) {
      case EXACT -> value * (1 - ROUNDING);
      case ABOUT -> value * (1 - APPROXIMATION);
      case AT_LEAST -> value;
      case AT_MOST -> 0;
    };
  }

  private double high() {
    return switch (bound) {
      case EXACT -> value * (1 + ROUNDING);
      case ABOUT -> value * (1 + APPROXIMATION);
      case AT_LEAST -> Double.POSITIVE_INFINITY;
      case AT_MOST -> value;
    };
  }
}
