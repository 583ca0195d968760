package eu.hub.api.web;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A page a plugin adds to the Hub: a path and the handler that answers it. The Hub routes and
 * renders it like its own pages, so its security, theme and caching apply.
 *
 * <p>The path has no leading slash; a segment in braces is a parameter, for example {@code
 * events/month/{month}} answers {@code /events/month/2026-05} with {@code month=2026-05}. A
 * parameter matches one segment of lower-case letters, digits, '-', '_' and '.'.
 *
 * <p>Pages under {@code admin/<plugin id>/} are the plugin's admin pages: only signed-in editors
 * see them (see {@link AdminMenuEntry}). Other paths under {@code admin/} are the Hub's and are
 * refused.
 *
 * @param path the path, such as {@code events/upcoming}
 * @param handler answers requests for it
 * @since 0.2
 */
public record PageRoute(String path, PageHandler handler) {

  private static final Pattern SEGMENT =
      Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}|\\{[a-z][a-zA-Z0-9]{0,30}\\}");

  /** Checks the path's form. */
  public PageRoute {
    Objects.requireNonNull(handler, "handler");
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException(
          "A page path has segments separated by '/', without a leading slash, not '" + path + "'");
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException(
            "Page path '" + path + "': '" + segment + "' is neither a name nor a {parameter}");
      }
    }
  }
}
