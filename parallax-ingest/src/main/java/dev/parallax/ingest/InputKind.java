package dev.parallax.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file ingest reads, told by the file name's extension. */
enum InputKind {
  TEXT, HTML, JSON_LINES, FEED, WARC;

  static final String EXTENSIONS = ".txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc or .warc.gz";

  /** The kind of {@code file}, or null for a file ingest does not read. */
  static InputKind of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return FEED;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    return null;
  }
}
