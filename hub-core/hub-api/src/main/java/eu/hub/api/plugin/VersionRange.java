package eu.hub.api.plugin;

import java.util.Objects;

/**
 * The API versions a plugin works with, written as an interval: {@code [0.2,1.0)} means 0.2 or
 * newer but older than 1.0; a square bracket includes the bound, a round one excludes it, and an
 * empty upper bound ({@code [0.2,)}) means no limit. A plain version ({@code 0.2}) means that
 * version or newer.
 *
 * @param lower the lowest version
 * @param lowerInclusive whether the lowest version itself is in the range
 * @param upper the highest version, or null for no limit
 * @param upperInclusive whether the highest version itself is in the range
 * @since 0.2
 */
public record VersionRange(
    ApiVersion lower, boolean lowerInclusive, ApiVersion upper, boolean upperInclusive) {

  /** Checks that the lower bound is given. */
  public VersionRange {
    Objects.requireNonNull(lower, "lower");
  }

  /**
   * Reads a range.
   *
   * @throws IllegalArgumentException with the text, when it is not a range
   */
  public static VersionRange parse(String text) {
    String t = Objects.requireNonNull(text, "range").strip();
    try {
      if (!t.startsWith("[") && !t.startsWith("(")) {
        return new VersionRange(ApiVersion.parse(t), true, null, false);
      }
      if (!t.endsWith("]") && !t.endsWith(")")) {
        throw new IllegalArgumentException("no closing bracket");
      }
      String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
      if (bounds.length != 2) {
        throw new IllegalArgumentException("not two bounds");
      }
      ApiVersion upper = bounds[1].isBlank() ? null : ApiVersion.parse(bounds[1]);
      VersionRange range =
          new VersionRange(ApiVersion.parse(bounds[0]), t.startsWith("["), upper, t.endsWith("]"));
      if (upper != null && upper.compareTo(range.lower) < 0) {
        throw new IllegalArgumentException("the upper bound is below the lower one");
      }
      return range;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a version range such as [0.2,1.0) (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the version lies in this range. */
  public boolean includes(ApiVersion version) {
    int low = version.compareTo(lower);
    if (low < 0 || (low == 0 && !lowerInclusive)) {
      return false;
    }
    if (upper == null) {
      return true;
    }
    int high = version.compareTo(upper);
    return high < 0 || (high == 0 && upperInclusive);
  }

  @Override
  public String toString() {
    return (lowerInclusive ? "[" : "(")
        + lower
        + ","
        + (upper == null ? "" : upper.toString())
        + (upperInclusive ? "]" : ")");
  }
}
