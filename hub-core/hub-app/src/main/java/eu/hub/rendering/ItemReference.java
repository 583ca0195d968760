package eu.hub.rendering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a content item by type and slug, written {@code ref:case-study/some-slug} (optionally
 * followed by {@code ?lang=sv} and {@code #anchor}). Authors use it so that links survive a change
 * of URL segment; the renderer turns it into the item's URL.
 *
 * @param type the content type name, e.g. "case-study"
 * @param slug the item's slug
 * @param suffix query and anchor as written ("?lang=sv#results"), or ""
 */
public record ItemReference(String type, String slug, String suffix) {

  /** The scheme that marks a link as an item reference. */
  public static final String SCHEME = "ref:";

  private static final Pattern FORM =
      Pattern.compile("ref:([a-z0-9][a-z0-9-]*)/([a-z0-9][a-z0-9-]*)((?:\\?[^#\\s]*)?(?:#\\S*)?)");

  /** Whether a link destination uses the {@code ref:} scheme, well-formed or not. */
  public static boolean isReference(String destination) {
    return destination != null && destination.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /** The reference a link destination holds, or empty if it is not a well-formed reference. */
  public static Optional<ItemReference> parse(String destination) {
    if (destination == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(destination);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ItemReference(matcher.group(1), matcher.group(2), matcher.group(3)));
  }

  /** The path of the item's page, {@code /segment/slug}, once its type's segment is known. */
  public String path(String urlSegment) {
    return "/" + urlSegment + "/" + slug;
  }

  /** The URL to link to: the path with the query and anchor as written. */
  public String url(String urlSegment) {
    return path(urlSegment) + suffix;
  }
}
