package eu.hub.search;

import java.util.Map;

/**
 * How content fields become search facets, one rule for indexing and for reading filters: terms by
 * their vocabulary (core vocabularies get singular names: {@code countries} is {@code country}),
 * references to partners, projects and magazines by the target's type, choices by the field's name.
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

  private Facets() {}

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
