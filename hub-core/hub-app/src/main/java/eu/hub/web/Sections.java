package eu.hub.web;

import eu.hub.content.ContentTypeRegistry;
import java.util.List;
import java.util.Map;

/** The site's main navigation: one entry per content type. */
final class Sections {
  private Sections() {}

  static List<Map<String, String>> of(ContentTypeRegistry types) {
    return types.all().stream()
        .map(t -> Map.of("label", t.pluralLabel(), "url", "/" + t.urlSegment()))
        .toList();
  }
}
