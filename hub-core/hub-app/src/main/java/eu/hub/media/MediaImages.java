package eu.hub.media;

import eu.hub.rendering.ResponsiveImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives images of the library in rendered Markdown ({@code ![alt](/media/12/original/a.jpg)}) their
 * size and a {@code srcset} of the resized variants, so that a phone loads the 320 or 640 pixel
 * one.
 */
@ApplicationScoped
public class MediaImages implements ResponsiveImages {

  /** Text columns are at most about 45em wide; narrower screens show the image full width. */
  static final String SIZES = "(max-width: 45em) 100vw, 45em";

  private static final Pattern ORIGINAL =
      Pattern.compile("/media/([0-9]{1,18})/original/[A-Za-z0-9_.-]{1,100}");

  @Inject MediaStore store;

  @Override
  public Optional<Attributes> of(String src) {
    Matcher m = ORIGINAL.matcher(src == null ? "" : src);
    if (!m.matches()) {
      return Optional.empty();
    }
    return store
        .find(Long.parseLong(m.group(1)))
        .filter(item -> item.kind().isImage() && item.width() != null)
        .map(MediaImages::attributes);
  }

  static Attributes attributes(MediaItem item) {
    List<String> candidates = new ArrayList<>();
    for (int width : item.variantWidths()) {
      candidates.add(MediaLibrary.variantUrl(item, width) + " " + width + "w");
    }
    candidates.add(MediaLibrary.originalUrl(item) + " " + item.width() + "w");
    return new Attributes(item.width(), item.height(), String.join(", ", candidates), SIZES);
  }
}
