package dev.parallax.model;

import java.util.Objects;

/** A named failure of one input; the rest of its batch goes on. */
public record IngestError(String source, ErrorCode code, String message) {

  public IngestError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return source + ": " + code.code() + ": " + message;
  }
}
