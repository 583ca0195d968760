package eu.hub.search;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.FieldValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored item into what the index keeps. Core and plugin types take the same path: text
 * comes from the body and the type's Markdown and text fields (as Markdown: the index reads it
 * once), filters from its references, taxonomy terms and choice fields.
 */
final class SearchDocuments {

  private SearchDocuments() {}

  static SearchDocument of(
      ContentItem item, ContentType type, List<ContentLink> links, String url) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (ContentLink link : links) {
      String facet =
          link.kind().equals(ContentLink.TERM)
              ? Facets.ofVocabulary(link.scope())
              : Facets.ofReference(link.scope());
      if (facet != null) {
        List<String> values = facets.computeIfAbsent(facet, k -> new ArrayList<>());
        if (!values.contains(link.key())) {
          values.add(link.key());
        }
      }
    }
    StringBuilder text = new StringBuilder(item.body() == null ? "" : item.body());
    if (type != null) {
      Map<String, Object> values = FieldValues.read(item.fieldsJson());
      for (FieldDefinition field : type.fields()) {
        Object value = values.get(field.name());
        if (value == null) {
          continue;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        switch (field.kind()) {
          case MARKDOWN -> list.forEach(v -> text.append("\n\n").append(v));
          case TEXT -> list.forEach(v -> text.append("\n").append(v));
          case CHOICE ->
              facets
                  .computeIfAbsent(field.name(), k -> new ArrayList<>())
                  .addAll(list.stream().map(String::valueOf).toList());
          default -> {
            // references and terms are facets already; dates, numbers and URLs are not text
          }
        }
      }
    }
    return new SearchDocument(
        item.id(),
        item.type(),
        item.slug(),
        item.language(),
        item.title(),
        item.summary(),
        text.toString(),
        url,
        item.publishedAt() == null ? null : item.publishedAt().toLocalDate(),
        facets);
  }
}
