package eu.hub.api.web;

import java.util.Objects;

/**
 * An entry a plugin adds to the admin menu: a label and the path of one of its pages.
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
