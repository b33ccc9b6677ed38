package dev.parallax.server;

import java.util.List;

/**
 * One page of a listing, from the {@code offset} and {@code limit} query parameters. A limit
 * above {@link #MAX_LIMIT} is a bad request rather than a silent cut: the response always
 * says the total.
 */
record Paging(int offset, int limit) {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;

  static Paging parse(String offset, String limit) {
    int from = parse("offset", offset, 0, 0, Integer.MAX_VALUE);
    int size = parse("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new Paging(from, size);
  }

  private static int parse(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
  }

  <T> List<T> of(List<T> items) {
    int from = Math.min(offset, items.size());
    return items.subList(from, Math.min(items.size(), from + limit));
  }
}
