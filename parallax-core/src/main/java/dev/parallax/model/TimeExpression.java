package dev.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression resolved to calendar time: "on Wednesday" in an article published
 * Friday 2023-12-01 is the day 2023-11-29; "this month" is the month starting 2023-11-01.
 *
 * @param span the expression in the body
 * @param date the first day of the period it denotes
 * @param granularity how long that period is
 */
public record TimeExpression(Span span, LocalDate date, Granularity granularity) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
  }

  /** The length of the period a time expression denotes. */
  public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }
}
