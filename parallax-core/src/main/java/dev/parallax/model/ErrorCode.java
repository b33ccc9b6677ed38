package dev.parallax.model;

import java.util.Locale;

/** Why an input could not become an article. Stable: scripts match on {@link #code()}. */
public enum ErrorCode {
  /** The input has no bytes, or only white space. */
  EMPTY,
  /** The input looks like binary data (NUL bytes, control characters), not text or HTML. */
  BINARY,
  /** The bytes are not valid in the declared or detected character encoding. */
  INVALID_ENCODING,
  /** The input exceeds the size limit. */
  TOO_LARGE,
  /** The input could not be read (permissions, I/O failure). */
  UNREADABLE,
  /** The input is structurally broken (a JSON Lines record that is not a JSON object). */
  MALFORMED,
  /** The input kind is not one Parallax reads. */
  UNSUPPORTED,
  /** The input was read but no article text could be extracted from it. */
  NO_ARTICLE,
  /** Parallax itself failed on this input: a defect to report; the rest of the batch went on. */
  FAILED;

  /** The lower-case code used in JSON output and on stderr, e.g. {@code invalid_encoding}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
