package dev.parallax.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writing JSON answers and the error body every refusal shares. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void send(Context ctx, int status, JsonNode body) {
    try {
      send(ctx, status, MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static void send(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json);
  }

  static void error(Context ctx, int status, String code, String message) {
    ObjectNode body = object();
    body.putObject("error").put("code", code).put("message", message);
    send(ctx, status, body);
  }
}
