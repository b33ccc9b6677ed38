package dev.parallax.model;

import java.util.Objects;

/**
 * One input as ingest hands it to the pipeline: decoded content plus whatever the input
 * itself declared (a JSON Lines record's url, title, date, outlet). Hints may be null.
 *
 * @param source where it came from, as the user gave it (a path; a JSON Lines record's url)
 * @param format how {@code content} is encoded
 * @param content the decoded text of the page or scraped text
 * @param hints metadata declared by the input, never null
 */
public record RawDocument(String source, SourceFormat format, String content, Hints hints) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(hints, "hints");
  }

  public static RawDocument of(String source, SourceFormat format, String content) {
    return new RawDocument(source, format, content, Hints.NONE);
  }

  /** Metadata an input declares about itself; each field may be null. */
  public record Hints(String url, String id, String title, PublicationTime published, String outlet) {
    public static final Hints NONE = new Hints(null, null, null, null, null);
  }
}
