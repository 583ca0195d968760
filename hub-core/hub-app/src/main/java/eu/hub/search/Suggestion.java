package eu.hub.search;

/**
 * A completion offered while the visitor types.
 *
 * @param text the completed text
 * @param kind a whole item title, or a word found in the items
 * @param url where the item is, for titles; null for words
 */
public record Suggestion(String text, Kind kind, String url) {

  /** What the completion is. */
  public enum Kind {
    TITLE,
    WORD
  }
}
