package eu.hub.media;

import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The library's files under {@code media/} in the data directory: originals named by their SHA-256
 * (so the same bytes are kept once), and resized variants per item and width. Variants are
 * re-encoded, which also leaves out the original's metadata (camera, GPS position).
 */
@ApplicationScoped
public class MediaFiles {

  /** The widths of the variants pages offer in {@code srcset}. */
  public static final List<Integer> WIDTHS = List.of(320, 640, 1280);

  @Inject HubSettings settings;

  Path root() {
    return settings.dataDirectory().resolve("media");
  }

  Path original(String sha256, MediaKind kind) {
    return root()
        .resolve("originals")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256 + "." + kind.extension());
  }

  Path variant(long id, int width, String variantType) {
    return root()
        .resolve("variants")
        .resolve(Long.toString(id))
        .resolve(width + "." + extensionOf(variantType));
  }

  /** Keeps the original bytes, once per content. */
  void storeOriginal(String sha256, MediaKind kind, byte[] data) {
    Path target = original(sha256, kind);
    if (!Files.exists(target)) {
      write(target, data);
    }
  }

  Optional<Path> existingOriginal(MediaItem item) {
    Path p = original(item.sha256(), item.kind());
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  Optional<Path> existingVariant(MediaItem item, int width) {
    if (item.variantType() == null || !item.variantWidths().contains(width)) {
      return Optional.empty();
    }
    Path p = variant(item.id(), width, item.variantType());
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The content type variants of an image get: PNG keeps transparency and sharp edges. */
  static String variantTypeOf(MediaKind kind, BufferedImage image) {
    boolean alpha = image.getColorModel().hasAlpha();
    return switch (kind) {
      case JPEG -> "image/jpeg";
      case WEBP -> alpha ? "image/png" : "image/jpeg";
      default -> "image/png";
    };
  }

  /** Makes the variants narrower than the image; returns their widths. */
  List<Integer> makeVariants(long id, BufferedImage image, String variantType) {
    List<Integer> made = new ArrayList<>();
    boolean jpeg = variantType.equals("image/jpeg");
    for (int width : WIDTHS) {
      if (width >= image.getWidth()) {
        break;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        Thumbnails.of(image)
            .width(width)
            .imageType(jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB)
            .outputFormat(jpeg ? "jpg" : "png")
            .outputQuality(jpeg ? 0.85 : 1.0)
            .toOutputStream(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      write(variant(id, width, variantType), out.toByteArray());
      made.add(width);
    }
    return made;
  }

  void deleteVariants(MediaItem item) {
    for (int width : item.variantWidths()) {
      try {
        Files.deleteIfExists(variant(item.id(), width, item.variantType()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  void deleteOriginal(String sha256, MediaKind kind) {
    try {
      Files.deleteIfExists(original(sha256, kind));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String extensionOf(String variantType) {
    return variantType.equals("image/jpeg") ? "jpg" : "png";
  }

  /** Writes through a temporary file, so that a reader never sees half a file. */
  private static void write(Path target, byte[] data) {
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      Files.write(temp, data);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
