package eu.hub.rendering;

/**
 * Which internal pages exist, so that a body's links can be checked before it is published. Paths
 * are given as {@code /segment/slug}, without query or anchor.
 */
@FunctionalInterface
public interface LinkTargets {

  /** Whether a page is published, or about to be, at that path. */
  boolean exists(String path);

  /**
   * Whether the page exists in that language ({@code ?lang=} in the link). By default the language
   * is not checked.
   */
  default boolean exists(String path, String language) {
    return exists(path);
  }
}
