package eu.hub.web;

import jakarta.ws.rs.BadRequestException;

/** Reading query parameters the same way everywhere, with messages a person understands. */
final class Params {
  private Params() {}

  /** A 1-based page number; absent means 1. */
  static int page(String value) {
    return positive("page", value, 1, 100_000);
  }

  /** A whole number between 1 and max; absent means the default. */
  static int positive(String name, String value, int defaultValue, int max) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException(
        "'" + name + "' must be a whole number from 1 to " + max + ", not '" + value + "'");
  }
}
