package eu.hub.api.content;

import java.util.List;
import java.util.Optional;

/**
 * Reads published items, read-only: drafts and other plugins' private state stay out of reach.
 *
 * @since 0.2
 */
public interface ContentQuery {

  /** Every published item of the type, in every language, newest first. */
  List<PublishedItem> published(String type);

  /** The published item of that type and slug in English, or any language when there is none. */
  Optional<PublishedItem> published(String type, String slug);
}
