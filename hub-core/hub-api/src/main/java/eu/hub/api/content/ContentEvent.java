package eu.hub.api.content;

import java.util.Objects;

/**
 * Something happened to a content item. Delivered after the change is committed.
 *
 * @param kind what happened
 * @param type the content type's name
 * @param slug the item's slug
 * @param language the item's language
 * @since 0.2
 */
public record ContentEvent(Kind kind, String type, String slug, String language) {

  /** What happened to the item. */
  public enum Kind {
    /** The item is now published (newly, or a new revision of a published item). */
    PUBLISHED,
    /** The item was saved in a state that is not public. */
    UNPUBLISHED,
    /** The item is gone. */
    DELETED
  }

  /** Checks that every part is given. */
  public ContentEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(language, "language");
  }
}
