package eu.hub.media;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an upload out of the parts of a multipart/form-data request: the file field {@code file}
 * (at most one byte more than the limit is read, enough to know it is too big) and the text fields
 * {@code alt} and {@code title}.
 */
public final class MediaParts {

  private static final int MAX_TEXT = 8192;

  private MediaParts() {}

  public static MediaLibrary.Upload read(List<EntityPart> parts, long maxBytes) {
    byte[] data = null;
    String fileName = null;
    String alt = null;
    String title = null;
    for (EntityPart part : parts) {
      try (InputStream in = part.getContent()) {
        switch (part.getName()) {
          case "file" -> {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            fileName = part.getFileName().orElse("file");
          }
          case "alt" -> alt = text(in);
          case "title" -> title = text(in);
          default -> in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new MediaLibrary.Upload(data, fileName, alt, title);
  }

  private static String text(InputStream in) throws IOException {
    return new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8);
  }
}
