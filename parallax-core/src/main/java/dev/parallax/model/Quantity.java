package dev.parallax.model;

import java.util.Objects;

/**
 * A number with its unit as the body writes it, and in a standard unit so that renderings in
 * different units compare: "1,340 km" and "830 miles" are both about 1,340 kilometres.
 *
 * @param span the number and its unit in the body ("830-mile", "$22 an hour")
 * @param value the number as written, thousands separators and "million" applied
 * @param unit the unit as written, lower case ("miles", "km", "$", "people"), or "" for a bare number
 * @param dimension what kind of amount it is
 * @param standardValue the value in {@code standardUnit}
 * @param standardUnit the standard unit: "km", "kg", "%", a currency code, or the counted noun
 * @param per the period of a rate ("day" in "3,000 people per day"), or null
 */
public record Quantity(Span span, double value, String unit, Dimension dimension, double standardValue,
    String standardUnit, String per) {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(standardUnit, "standardUnit");
  }

  /** The kind of amount. */
  public enum Dimension {
    LENGTH,
    MASS,
    MONEY,
    PERCENT,
    COUNT
  }

  /**
   * Whether two quantities state the same amount: same dimension, unit and period, standard
   * values within {@code tolerance} (relative; 0.01 allows a rounded conversion).
   */
  public boolean sameAmount(Quantity other, double tolerance) {
    return dimension == other.dimension && standardUnit.equals(other.standardUnit) && Objects.equals(per, other.per)
        && Math.abs(standardValue - other.standardValue) <= tolerance * Math.max(Math.abs(standardValue),
            Math.abs(other.standardValue));
  }
}
