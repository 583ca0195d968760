package eu.hub.content;

/** Another item of the same type and language already has the slug. */
public class SlugTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SlugTakenException(String type, String language, String slug, String owner) {
    super(
        "The slug '"
            + slug
            + "' is already used by another "
            + type
            + " in language '"
            + language
            + "'"
            + (owner == null ? "" : " (" + owner + ")"));
  }
}
