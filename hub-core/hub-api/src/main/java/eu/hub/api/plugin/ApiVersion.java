package eu.hub.api.plugin;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version ({@code major.minor.patch}) of the plugin API. A plugin states which API
 * versions it works with as a {@link VersionRange}; the Hub compares that with {@link #CURRENT}.
 *
 * @param major raised by a change that breaks plugins (from 1.0 on; japicmp checks it)
 * @param minor raised by additions
 * @param patch raised by fixes that change no signature
 * @since 0.2
 */
public record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

  /** The version of the API this artifact provides. Raised with every change of the API. */
  public static final ApiVersion CURRENT = new ApiVersion(0, 3, 0);

  private static final Pattern FORM =
      Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.(\\d{1,4}))?");

  /** Checks that no part is negative. */
  public ApiVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("A version has no negative parts");
    }
  }

  /**
   * Reads {@code 1}, {@code 1.2} or {@code 1.2.3}; missing parts are 0.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static ApiVersion parse(String text) {
    Matcher m = FORM.matcher(Objects.requireNonNull(text, "version").strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a version such as 0.2 or 1.4.1");
    }
    return new ApiVersion(
        Integer.parseInt(m.group(1)),
        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  @Override
  public int compareTo(ApiVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
