package eu.hub.rendering;

import java.util.Optional;

/**
 * Where the pages of a content type live, so that {@code ref:type/slug} links can be turned into
 * URLs without the rendering package knowing the type registry. For example {@code name ->
 * registry.byName(name).map(ContentType::urlSegment)}.
 */
@FunctionalInterface
public interface TypeSegments {

  /** The URL segment of the type ("case-studies" for "case-study"), or empty if it is unknown. */
  Optional<String> urlSegment(String type);
}
