package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.FieldValues;
import eu.hub.content.ItemPaths;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A content item as templates and the API see it: plain data, no entity. */
public record ItemView(
    long id,
    String type,
    String typeLabel,
    String slug,
    String language,
    String title,
    String summary,
    String url,
    String published,
    int revision,
    Map<String, Object> fields) {

  static ItemView of(ContentItem item, ContentType type) {
    return new ItemView(
        item.id(),
        item.type(),
        type == null ? item.type() : type.label(),
        item.slug(),
        item.language(),
        item.title(),
        item.summary(),
        urlOf(type == null ? item.type() : type.urlSegment(), item.slug(), item.language()),
        item.publishedAt() == null
            ? null
            : item.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE),
        item.revision(),
        FieldValues.read(item.fieldsJson()));
  }

  /** The public path of an item; other languages than English carry a {@code lang} parameter. */
  static String urlOf(String segment, String slug, String language) {
    return ItemPaths.of(segment, slug, language);
  }
}
