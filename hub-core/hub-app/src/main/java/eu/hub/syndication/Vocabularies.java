package eu.hub.syndication;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The taxonomy vocabularies in use, read from the registered content types so that a plugin's own
 * vocabulary gets feeds and sitemap entries without further work.
 */
final class Vocabularies {
  private Vocabularies() {}

  /** The vocabularies the types' term fields draw from, sorted. */
  static Set<String> of(Collection<ContentType> types) {
    Set<String> vocabularies = new TreeSet<>();
    for (ContentType type : types) {
      for (FieldDefinition field : type.fields()) {
        if (field.kind() == FieldKind.TERM && field.vocabulary() != null) {
          vocabularies.add(field.vocabulary());
        }
      }
    }
    return vocabularies;
  }
}
