package dev.parallax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTextTest {

  @Test
  void findsTheCommonNewsForms() {
    assertDate("Updated: 2023-12-01 09:51", LocalDate.of(2023, 12, 1), LocalTime.of(9, 51));
    assertDate("Published November 20,2023", LocalDate.of(2023, 11, 20), null);
    assertDate("on November 23, 2023.", LocalDate.of(2023, 11, 23), null);
    assertDate("21st November 2023 – (Moscow)", LocalDate.of(2023, 11, 21), null);
    assertDate("Sept. 3, 2024", LocalDate.of(2024, 9, 3), null);
  }

  @Test
  void monthAndDayWithoutYearIsMarked() {
    List<CalendarText.DateMatch> dates = CalendarText.findDates("On Nov. 16, Finland said so; from midnight of Nov. 17.");
    assertEquals(2, dates.size());
    assertFalse(dates.get(0).hasYear());
    assertEquals(16, dates.get(0).day());
    assertEquals("Nov. 16", "On Nov. 16, Finland".substring(dates.get(0).start(), dates.get(0).end()));
    assertEquals(17, dates.get(1).day());
  }

  @Test
  void impossibleDatesAndModalMayAreNotDates() {
    assertTrue(CalendarText.findDates("February 30, 2023").isEmpty());
    assertTrue(CalendarText.findDates("It may rain.").isEmpty());
    assertNull(CalendarText.firstFullDate("No date here"));
  }

  private static void assertDate(String text, LocalDate date, LocalTime time) {
    CalendarText.DateMatch match = CalendarText.firstFullDate(text);
    assertEquals(date, match.dateIn(0), text);
    assertEquals(time, match.time(), text);
  }
}
