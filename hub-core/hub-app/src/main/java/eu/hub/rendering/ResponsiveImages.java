package eu.hub.rendering;

import java.util.Optional;

/**
 * Tells the renderer the size and the resized variants of an image in the Markdown, so that the
 * page gets {@code width}, {@code height} (no layout shift) and {@code srcset}/{@code sizes} (a
 * phone downloads the small variant). The media library provides it for its own addresses.
 */
public interface ResponsiveImages {

  /** The attributes for an image, from its address in the Markdown. */
  Optional<Attributes> of(String src);

  /**
   * @param srcset candidate addresses with their widths ({@code /media/1/320/a.jpg 320w, ...})
   * @param sizes how wide the image is shown, for the browser's choice among the candidates
   */
  record Attributes(int width, int height, String srcset, String sizes) {}

  /** No image is known: images are rendered as written. */
  ResponsiveImages NONE = src -> Optional.empty();
}
