package dev.parallax.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

  @Test
  void parsesWhatItWrites() {
    for (String iso : new String[] {"2024-03-12", "2024-03-12T09:30", "2024-03-12T09:30+02:00", "2024-03-12T09:30Z"}) {
      assertEquals(iso, PublicationTime.parse(iso).iso());
    }
  }

  /**
   * Fuzz finding (ExtractorFuzzTest#html, crash-28dddb36): a meta date whose offset runs into
   * other text made {@code ZoneOffset.of} throw a bare {@code DateTimeException}, which the
   * HTML metadata reader did not expect, so the whole page failed extraction.
   */
  @Test
  void aGarbledOffsetIsAParseErrorNotABareDateTimeException() {
    assertThrows(DateTimeParseException.class, () -> PublicationTime.parse("2026-06-01T12:30:00+02:00do you have"));
    assertThrows(DateTimeParseException.class, () -> PublicationTime.parse("2026-06-01T12:30:00+99:00"));
  }
}
