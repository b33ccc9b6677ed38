package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;

/**
 * Reads a JSON Lines file: one object a line with {@code url}, {@code id}, {@code title},
 * {@code html} or {@code text}, {@code published} (ISO date or date-time) and {@code outlet};
 * other fields are ignored. Each bad line is its own error (source {@code file#line}) and
 * the rest of the file goes on; a line over the limit is skipped without being held in
 * memory. A {@code published} value that is not ISO is dropped, the record kept. Thread-safe.
 */
final class JsonLinesReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final IngestLimits limits;

  JsonLinesReader(IngestLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads records from {@code in} one line at a time, handing each on before the next is read;
   * {@code name} names the input in sources and errors. {@code in} should be buffered.
   */
  void read(InputStream in, String name, FileIngest.Collector collector) throws IOException {
    int lineNumber = 0;
    boolean any = false;
    while (true) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long length = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        length++;
        if (length <= limits.maxBytesPerJsonLine()) {
          line.write(b);
        }
      }
      if (b == -1 && length == 0) {
        break;
      }
      lineNumber++;
      String source = name + "#" + lineNumber;
      if (length > limits.maxBytesPerJsonLine()) {
        collector.error(source, ErrorCode.TOO_LARGE,
            "line " + lineNumber + " has " + length + " bytes, over the limit of " + limits.maxBytesPerJsonLine());
        any = true;
      } else {
        any |= record(line.toByteArray(), name, lineNumber, collector);
      }
      if (b == -1) {
        break;
      }
    }
    if (!any) {
      collector.error(name, ErrorCode.EMPTY, "no records");
    }
  }

  /** Reads one line; returns whether it held anything (a record or an error). */
  private static boolean record(byte[] bytes, String name, int lineNumber, FileIngest.Collector collector) {
    String fallbackSource = name + "#" + lineNumber;
    String text;
    try {
      text = Decoder.decode(bytes, false);
    } catch (Decoder.NotText e) {
      collector.error(fallbackSource, e.binary ? ErrorCode.BINARY : ErrorCode.INVALID_ENCODING, "line " + lineNumber + ": " + e.getMessage());
      return true;
    }
    if (text.isBlank()) {
      return false;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      collector.error(fallbackSource, ErrorCode.MALFORMED, "line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
      return true;
    }
    if (node == null || !node.isObject()) {
      collector.error(fallbackSource, ErrorCode.MALFORMED, "line " + lineNumber + " is not a JSON object");
      return true;
    }
    String url = field(node, "url");
    String source = url != null ? url : fallbackSource;
    String html = field(node, "html");
    String body = html != null ? html : field(node, "text");
    if (body == null || body.isBlank()) {
      collector.error(source, ErrorCode.EMPTY, "line " + lineNumber + " has no html or text");
      return true;
    }
    RawDocument.Hints hints = new RawDocument.Hints(url, field(node, "id"), field(node, "title"),
        published(field(node, "published")), field(node, "outlet"));
    collector.add(new RawDocument(source, html != null ? SourceFormat.HTML : SourceFormat.TEXT, body, hints));
    return true;
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static PublicationTime published(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PublicationTime.parse(value);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }
}
