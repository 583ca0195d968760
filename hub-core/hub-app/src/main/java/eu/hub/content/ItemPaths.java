package eu.hub.content;

/**
 * Where an item lives on the site: {@code /case-studies/slug}, with {@code ?lang=} if not English.
 */
public final class ItemPaths {
  private ItemPaths() {}

  public static String of(String urlSegment, String slug, String language) {
    return "/" + urlSegment + "/" + slug + ("en".equals(language) ? "" : "?lang=" + language);
  }
}
