package dev.parallax.server;

import java.util.Objects;

/**
 * A request the API refuses: the HTTP status, a stable machine-readable code (docs/API.md)
 * and a message for people. Rendered as {@code {"error": {"code": ..., "message": ...}}}.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  static ApiException notFound(String what, String id) {
    return new ApiException(404, "not_found", "no " + what + " with id '" + id + "'");
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
