package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

  private final QuantityFinder finder = new QuantityFinder();

  private List<Quantity> find(String text) {
    return finder.find(text, 0, text.length());
  }

  @Test
  void lengthsInDifferentUnitsAgreeAfterNormalisation() {
    Quantity km = find("The canal runs along a 2,150-kilometer frontier.").get(0);
    Quantity miles = find("It guards its 1,336-mile frontier closely.").get(0);
    assertEquals("length", km.dimension());
    assertEquals(2_150_000, km.value(), 1e-6);
    assertEquals("frontier", km.thing());
    assertTrue(km.sameMeasure(miles));
    assertTrue(km.consistentWith(miles), "2,150 km is about 1,336 miles");
    Quantity other = find("A 900 km frontier.").get(0);
    assertFalse(km.consistentWith(other));
  }

  @Test
  void countsKeepTheThingCountedAndTheRate() {
    Quantity perDay = find("About 4,000 travellers had been crossing per day.").get(0);
    assertEquals("count", perDay.dimension());
    assertEquals("traveller", perDay.thing());
    assertEquals("day", perDay.per());
    assertEquals(Quantity.Bound.ABOUT, perDay.bound());
    Quantity month = find("More than 700 asylum seekers arrived this month alone.").get(0);
    assertEquals("asylum seeker", month.thing());
    assertNull(month.per());
    assertEquals(Quantity.Bound.AT_LEAST, month.bound());
    assertFalse(perDay.sameMeasure(month), "a daily rate of travellers is not a monthly total of asylum seekers");
  }

  @Test
  void scaleWordsCurrencyAndPercent() {
    List<Quantity> found = find("The plan costs $1.5 million, 12% more than the 40 million euros first asked.");
    assertEquals(3, found.size(), found.toString());
    assertEquals("money:USD", found.get(0).dimension());
    assertEquals(1_500_000, found.get(0).value(), 1e-6);
    assertEquals("percent", found.get(1).dimension());
    assertEquals("money:EUR", found.get(2).dimension());
    assertEquals(40_000_000, found.get(2).value(), 1e-6);
  }

  @Test
  void yearsDatesTimesAndOrdinalsAreNotQuantities() {
    assertEquals(List.of(), find("On Nov. 16 in 2024, at 09:51, on the 21st of March, and 3 May."));
  }

  @Test
  void numberWordsCountTooAndSpansCoverTheFigure() {
    String text = "Officials closed four border crossings for two weeks.";
    List<Quantity> found = find(text);
    assertEquals(2, found.size(), found.toString());
    assertEquals("border crossing", found.get(0).thing());
    assertEquals(4, found.get(0).value(), 1e-9);
    assertEquals("four", found.get(0).span().of(text));
    assertEquals("duration", found.get(1).dimension());
    assertEquals("two weeks", found.get(1).span().of(text));
  }
}
