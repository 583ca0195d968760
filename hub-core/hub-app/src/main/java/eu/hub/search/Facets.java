package eu.hub.search;

import eu.hub.api.content.FieldDefinition;
import java.util.Map;
import java.util.Set;

/**
 * How content fields become search facets, one rule for indexing and for reading filters: terms by
 * their vocabulary (core vocabularies get singular names: {@code countries} is {@code country}),
 * references to partners, projects and magazines by the target's type, choices and any other field
 * a type marks {@link FieldDefinition#facet()} by the field's name.
 */
public final class Facets {

  private static final Map<String, String> VOCABULARY_FACETS =
      Map.of(
          "countries", "country",
          "themes", "theme",
          "service-areas", "service-area",
          "target-groups", "target-group",
          "tags", "tag");

  private static final Map<String, String> REFERENCE_FACETS =
      Map.of("partner", "partner", "project", "project", "magazine", "magazine");

  /** Names a field's facet cannot take: the search's own parameters and built-in facets. */
  static final Set<String> RESERVED =
      Set.of("q", "sort", "page", "size", "from", "to", "type", "language", "year");

  private Facets() {}

  /**
   * The facet a field's values are counted under, or null when it is not a facet: terms by their
   * vocabulary, references to partners, projects and magazines by that type, choices and fields
   * marked as facets by their name. Markdown, dates, recurrences and media are never facets.
   */
  public static String ofField(FieldDefinition field) {
    String facet =
        switch (field.kind()) {
          case TERM -> ofVocabulary(field.vocabulary());
          case REFERENCE -> {
            String shared = ofReference(field.targetType());
            yield shared != null ? shared : field.isFacet() ? field.name() : null;
          }
          case CHOICE -> field.name();
          case TEXT, NUMBER, BOOLEAN, URL -> field.isFacet() ? field.name() : null;
          case MARKDOWN, DATE, DATE_TIME, RECURRENCE, MEDIA -> null;
        };
    return facet == null || RESERVED.contains(facet) ? null : facet;
  }

  /** Whether the item's links (rather than its field values) carry this field's facet values. */
  static boolean fromLinks(FieldDefinition field) {
    return switch (field.kind()) {
      case TERM -> true;
      case REFERENCE -> ofReference(field.targetType()) != null;
      default -> false;
    };
  }

  /** The facet of a taxonomy vocabulary. */
  public static String ofVocabulary(String vocabulary) {
    return VOCABULARY_FACETS.getOrDefault(vocabulary, vocabulary);
  }

  /** The vocabulary a facet filters by, or the facet's own name. */
  public static String vocabularyOf(String facet) {
    return VOCABULARY_FACETS.entrySet().stream()
        .filter(e -> e.getValue().equals(facet))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(facet);
  }

  /** The facet of references to items of that type, or null when they are not a facet. */
  public static String ofReference(String targetType) {
    return targetType == null ? null : REFERENCE_FACETS.get(targetType);
  }

  /** The type of item a reference facet's values are slugs of, or null. */
  public static String referencedType(String facet) {
    return REFERENCE_FACETS.containsKey(facet) ? facet : null;
  }
}
