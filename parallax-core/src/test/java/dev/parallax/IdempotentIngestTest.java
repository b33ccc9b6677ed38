package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.store.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentIngestTest {

  @Test
  void aBadInputReadAgainIsReportedAgainButStoredOnce() {
    InMemoryStore store = new InMemoryStore();
    IngestError binary = new IngestError("bad.txt", ErrorCode.BINARY, "NUL byte at offset 3: binary data, not text");
    RawDocument menu = RawDocument.of("menu.txt", SourceFormat.TEXT, "Home | World\nSubscribe\n");
    try (Parallax parallax = Parallax.builder().store(store).build()) {
      assertEquals(2, parallax.ingest(List.of(menu), List.of(binary)).errors().size());
      assertEquals(3, parallax.ingest(List.of(menu, menu), List.of(binary)).errors().size(), "reported each time");
    }
    try (Parallax reopened = Parallax.builder().store(store).build()) {
      assertEquals(2, reopened.ingest(List.of(menu), List.of(binary)).errors().size());
    }
    assertEquals(List.of("bad.txt", "menu.txt"), store.errors().stream().map(IngestError::source).toList());
  }
}
