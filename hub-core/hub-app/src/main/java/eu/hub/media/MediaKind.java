package eu.hub.media;

import java.util.Optional;

/** The kinds of file the library accepts, with the one content type each is served as. */
public enum MediaKind {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  MediaKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public boolean isImage() {
    return this != PDF;
  }

  /** The kind stored under a content type, for rows read back from the database. */
  public static Optional<MediaKind> ofContentType(String contentType) {
    for (MediaKind kind : values()) {
      if (kind.contentType.equals(contentType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
