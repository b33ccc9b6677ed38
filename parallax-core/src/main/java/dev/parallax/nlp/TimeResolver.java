package dev.parallax.nlp;

import dev.parallax.internal.CalendarText;
import dev.parallax.internal.CalendarText.DateMatch;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimeExpression.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions and resolves them against an anchor, the article's publication date.
 *
 * <p>News reports the past: a bare weekday ("on Wednesday", "late on Tuesday") is the latest
 * such day on or before the anchor, unless future wording ("will", "next", "is due") stands
 * just before it, when it is the next such day after. A month and day without a year ("Nov.
 * 16") takes the year that puts it closest before the anchor. Relative expressions need an
 * anchor; without one only dates with a year are resolved. Thread-safe.
 */
final class TimeResolver {

  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(?:(last|this|next|previous|coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
          + "|\\b(today|yesterday|tomorrow|tonight)\\b"
          + "|\\b(last|this|next|earlier this|later this)\\s+(week|month|year)\\b"
          + "|\\b(?:in|since|early|late|mid|last|until|by)[\\s-]+"
          + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b"
          + "(?!\\s+\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FUTURE_CUE = Pattern.compile(
      "(?i)\\b(will|would|to be|is due|are due|plans? to|scheduled|expected to|next)\\b[^.]{0,40}$");

  List<TimeExpression> resolve(String body, LocalDate anchor) {
    List<TimeExpression> found = new ArrayList<>();
    for (DateMatch date : CalendarText.findDates(body)) {
      LocalDate resolved = date.hasYear() ? date.dateIn(date.year()) : withClosestYear(date, anchor);
      if (resolved != null) {
        found.add(new TimeExpression(new Span(date.start(), date.end()), resolved, Granularity.DAY));
      }
    }
    if (anchor != null) {
      Matcher matcher = RELATIVE.matcher(body);
      while (matcher.find()) {
        Span span = new Span(matcher.start(), matcher.end());
        if (overlapsAny(found, span)) {
          continue;
        }
        boolean future = FUTURE_CUE.matcher(body.substring(Math.max(0, span.start() - 60), span.start())).find();
        TimeExpression expression = resolveRelative(matcher, span, anchor, future);
        if (expression != null) {
          found.add(expression);
        }
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return found;
  }

  private static TimeExpression resolveRelative(Matcher m, Span span, LocalDate anchor, boolean future) {
    if (m.group(2) != null) {
      DayOfWeek day = CalendarText.weekday(m.group(2));
      String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      boolean forward = modifier.equals("next") || modifier.equals("coming") || (modifier.isEmpty() && future);
      LocalDate date = forward
          ? anchor.with(TemporalAdjusters.next(day))
          : anchor.with(TemporalAdjusters.previousOrSame(day));
      if (modifier.equals("last") || modifier.equals("previous")) {
        date = anchor.with(TemporalAdjusters.previous(day));
      }
      return new TimeExpression(span, date, Granularity.DAY);
    }
    if (m.group(3) != null) {
      int shift = switch (m.group(3).toLowerCase(Locale.ROOT)) {
        case "yesterday" -> -1;
        case "tomorrow" -> 1;
        default -> 0;
      };
      return new TimeExpression(span, anchor.plusDays(shift), Granularity.DAY);
    }
    if (m.group(5) != null) {
      String modifier = m.group(4).toLowerCase(Locale.ROOT);
      int shift = modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0;
      return switch (m.group(5).toLowerCase(Locale.ROOT)) {
        case "week" -> new TimeExpression(span,
            anchor.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Granularity.WEEK);
        case "month" -> new TimeExpression(span, anchor.plusMonths(shift).withDayOfMonth(1), Granularity.MONTH);
        default -> new TimeExpression(span, anchor.plusYears(shift).withDayOfYear(1), Granularity.YEAR);
      };
    }
    Month month = CalendarText.month(m.group(6));
    LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
    if (first.isAfter(anchor) && !future) {
      first = first.minusYears(1);
    }
    return new TimeExpression(span, first, Granularity.MONTH);
  }

  /** The year that puts a month-day closest to the anchor, within half a year; null without anchor. */
  private static LocalDate withClosestYear(DateMatch date, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    if (date.month() == Month.FEBRUARY && date.day() == 29 && !anchor.isLeapYear()) {
      return null;
    }
    LocalDate candidate = date.dateIn(anchor.getYear());
    if (candidate.isAfter(anchor.plusMonths(6))) {
      return date.dateIn(anchor.getYear() - 1);
    }
    if (candidate.isBefore(anchor.minusMonths(6))) {
      return date.dateIn(anchor.getYear() + 1);
    }
    return candidate;
  }

  private static boolean overlapsAny(List<TimeExpression> found, Span span) {
    for (TimeExpression expression : found) {
      if (expression.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
