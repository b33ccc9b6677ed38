package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimeExpression.Granularity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeResolverTest {

  private static final LocalDate FRIDAY = LocalDate.of(2023, 12, 1);
  private final TimeResolver resolver = new TimeResolver();

  @Test
  void weekdayInAPastTenseReportIsTheLatestSuchDay() {
    TimeExpression wednesday = only("The ministry said on Wednesday that it disagreed.", FRIDAY);
    assertEquals(LocalDate.of(2023, 11, 29), wednesday.date());
    assertEquals("Wednesday", "The ministry said on Wednesday that it disagreed.".substring(
        wednesday.span().start(), wednesday.span().end()));
    assertEquals(LocalDate.of(2023, 11, 28), only("He wrote late on Tuesday.", FRIDAY).date());
    assertEquals(FRIDAY, only("Officials met on Friday.", FRIDAY).date());
  }

  @Test
  void futureWordingLooksForward() {
    assertEquals(LocalDate.of(2023, 12, 4), only("The talks will resume on Monday.", FRIDAY).date());
    assertEquals(LocalDate.of(2023, 12, 5), only("They meet next Tuesday.", FRIDAY).date());
  }

  @Test
  void monthAndDayTakeTheNearestYear() {
    assertEquals(LocalDate.of(2023, 11, 16), only("On Nov. 16, the border closed.", FRIDAY).date());
    assertEquals(LocalDate.of(2022, 12, 20), only("On Dec. 20, it began.", LocalDate.of(2023, 2, 1)).date());
  }

  @Test
  void periodsResolveToTheirFirstDay() {
    TimeExpression week = only("The premier announced it last week.", FRIDAY);
    assertEquals(LocalDate.of(2023, 11, 20), week.date());
    assertEquals(Granularity.WEEK, week.granularity());
    TimeExpression month = only("More than 600 arrived this month alone.", LocalDate.of(2023, 11, 29));
    assertEquals(LocalDate.of(2023, 11, 1), month.date());
    assertEquals(Granularity.MONTH, month.granularity());
    assertEquals(LocalDate.of(2023, 4, 1), only("It joined the alliance in April.", FRIDAY).date());
  }

  @Test
  void withoutAnAnchorOnlyFullDatesResolve() {
    List<TimeExpression> found = resolver.resolve("On Wednesday, and on November 23, 2023, it rained.", null);
    assertEquals(1, found.size());
    assertEquals(LocalDate.of(2023, 11, 23), found.get(0).date());
    assertTrue(resolver.resolve("It may rain on Wednesday.", null).isEmpty());
  }

  private TimeExpression only(String text, LocalDate anchor) {
    List<TimeExpression> found = resolver.resolve(text, anchor);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    return found.get(0);
  }
}
