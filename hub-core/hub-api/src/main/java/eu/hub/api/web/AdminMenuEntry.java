package eu.hub.api.web;

import java.util.Objects;

/**
 * An entry a plugin adds to the admin menu: a label and the path of one of its pages. Put such
 * pages under {@code admin/<plugin id>/} (for example {@code /admin/event-calendar/overview}): the
 * Hub serves pages there only to signed-in editors, never caches them, and refuses a plugin's pages
 * elsewhere under {@code admin/}.
 *
 * @param label what the menu shows
 * @param path the path, starting with '/'
 * @since 0.2
 */
public record AdminMenuEntry(String label, String path) {

  /** Checks both parts. */
  public AdminMenuEntry {
    Objects.requireNonNull(label, "label");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("An admin menu path starts with '/', not '" + path + "'");
    }
  }
}
