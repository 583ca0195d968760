package eu.hub.api.content;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * A published content item as plugins see it: plain values, copied, never the stored entity.
 *
 * @param type the content type's name
 * @param slug the item's address within its type
 * @param language ISO 639 code
 * @param title the title
 * @param summary the summary, may be null
 * @param url the item's path on the Hub, for example {@code /events/open-day}
 * @param publishedAt when it was first published
 * @param fields the typed field values: strings, numbers, booleans, lists of those
 * @since 0.2
 */
public record PublishedItem(
    String type,
    String slug,
    String language,
    String title,
    String summary,
    String url,
    OffsetDateTime publishedAt,
    Map<String, Object> fields) {

  /** Copies the fields so that the item cannot change. */
  public PublishedItem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(slug, "slug");
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /** A field's value as text, or null when the item has none. */
  public String text(String field) {
    Object v = fields.get(field);
    return v == null ? null : String.valueOf(v);
  }
}
