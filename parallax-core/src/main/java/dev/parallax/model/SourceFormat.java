package dev.parallax.model;

/** How the content of a {@link RawDocument} is encoded. */
public enum SourceFormat {
  /** Plain text as a crawler saved it: the article plus leftovers of the page around it. */
  TEXT,
  /** An HTML page. */
  HTML
}
