package eu.hub.content;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The taxonomy vocabularies (themes, countries, ...) the registered content types use. Each
 * vocabulary has a page at {@code /<name>} and a page per term at {@code /<name>/<term-key>}.
 */
public final class Vocabularies {

  /** A vocabulary and its labels. */
  public record Vocabulary(String name, String label, String pluralLabel) {}

  private static final Map<String, Vocabulary> KNOWN =
      Map.of(
          "themes", new Vocabulary("themes", "Theme", "Themes"),
          "service-areas", new Vocabulary("service-areas", "Service area", "Service areas"),
          "target-groups", new Vocabulary("target-groups", "Target group", "Target groups"),
          "countries", new Vocabulary("countries", "Country", "Countries"),
          "tags", new Vocabulary("tags", "Tag", "Tags"));

  private Vocabularies() {}

  /** Every vocabulary some registered type uses, in a stable order. */
  public static List<Vocabulary> used(ContentTypeRegistry types) {
    Map<String, Vocabulary> used = new LinkedHashMap<>();
    for (ContentType type : types.all()) {
      for (FieldDefinition field : type.fields()) {
        if (field.kind() == FieldKind.TERM) {
          used.putIfAbsent(field.vocabulary(), describe(field.vocabulary()));
        }
      }
    }
    return List.copyOf(used.values());
  }

  /** The vocabulary of that name, if a registered type uses it. */
  public static Optional<Vocabulary> byName(ContentTypeRegistry types, String name) {
    return used(types).stream().filter(v -> v.name().equals(name)).findFirst();
  }

  private static Vocabulary describe(String name) {
    Vocabulary known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    String label = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
    return new Vocabulary(name, label, label);
  }
}
