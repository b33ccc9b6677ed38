package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Quantity;
import dev.parallax.model.Quantity.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

  private final QuantityFinder finder = new QuantityFinder();

  @Test
  void lengthsInKilometresAndMilesAreOneAmount() {
    String text = "Finland shares a 1,340-kilometer border with Russia; the frontier runs 830 miles (1,340 km).";
    List<Quantity> found = finder.find(text);
    assertEquals(3, found.size(), found::toString);
    assertEquals("1,340-kilometer", found.get(0).span().of(text));
    assertEquals(1340, found.get(0).standardValue(), 1e-9);
    assertEquals("830 miles", found.get(1).span().of(text));
    assertEquals(Dimension.LENGTH, found.get(1).dimension());
    assertEquals(1335.76, found.get(1).standardValue(), 0.01);
    assertTrue(found.get(0).sameAmount(found.get(1), 0.01));
    assertTrue(found.get(1).sameAmount(found.get(2), 0.01));
  }

  @Test
  void countsWithRatesAndScales() {
    String text = "About 3,000 people had been crossing into the country per day, and 1.2 million tonnes of grain "
        + "left the port. More than 600 asylum seekers arrived.";
    List<Quantity> found = finder.find(text);
    assertEquals(3, found.size(), found::toString);
    assertEquals(3000, found.get(0).value(), 1e-9);
    assertEquals("people", found.get(0).standardUnit());
    assertEquals("day", found.get(0).per());
    assertEquals(1.2e9, found.get(1).standardValue(), 1);
    assertEquals("kg", found.get(1).standardUnit());
    assertNull(found.get(2).per());
    assertEquals("asylum", found.get(2).unit());
  }

  @Test
  void moneyPercentagesAndNumberWords() {
    String text = "It pays $22 an hour, 97 percent of workers agree, and two ships waited daily.";
    List<Quantity> found = finder.find(text);
    assertEquals(3, found.size(), found::toString);
    assertEquals("USD", found.get(0).standardUnit());
    assertEquals("hour", found.get(0).per());
    assertEquals(Dimension.PERCENT, found.get(1).dimension());
    assertEquals(2, found.get(2).value(), 1e-9);
    assertEquals("ship", found.get(2).standardUnit());
    assertEquals("day", found.get(2).per());
  }

  @Test
  void yearsTimesAndBareNumbersAreSkipped() {
    assertEquals(List.of(), finder.find("In 2023 the talks began at 9:42 and ended 3-1, with 15 of them left."));
  }

  @Test
  void differentAmountsOrPeriodsAreNotTheSame() {
    List<Quantity> found = finder.find("3,000 people per day and 3,000 people per month and 600 people per day");
    assertEquals(3, found.size(), found::toString);
    assertTrue(!found.get(0).sameAmount(found.get(1), 0.01));
    assertTrue(!found.get(0).sameAmount(found.get(2), 0.01));
  }
}
