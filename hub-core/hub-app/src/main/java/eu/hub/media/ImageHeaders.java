package eu.hub.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's width and height from its header, without decoding a single pixel, so that a
 * small file claiming 50,000 × 50,000 pixels (a decompression bomb) is refused before it can take
 * the memory; and decodes images that passed that check.
 */
public final class ImageHeaders {

  /** An image's size in pixels. */
  public record Dimensions(int width, int height) {
    public long pixels() {
      return (long) width * height;
    }
  }

  private ImageHeaders() {}

  /** The size the header states; {@link MediaRefused} (422) when there is no readable header. */
  public static Dimensions read(byte[] data, MediaKind kind) {
    ImageReader reader = readerFor(kind);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      return new Dimensions(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw new MediaRefused(422, "file", "media.error.unreadable");
    } finally {
      reader.dispose();
    }
  }

  /** The first image (frame) of the file; only call it after {@link #read} passed the limits. */
  static BufferedImage decode(byte[] data, MediaKind kind) {
    ImageReader reader = readerFor(kind);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      return reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw new MediaRefused(422, "file", "media.error.unreadable");
    } finally {
      reader.dispose();
    }
  }

  /**
   * A reader for the kind. WebP's comes from TwelveMonkeys, created directly rather than through
   * ImageIO's registry, which is shared by the whole server and would not see the Hub's classes.
   */
  private static ImageReader readerFor(MediaKind kind) {
    if (kind == MediaKind.WEBP) {
      return new WebPImageReaderSpi().createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.contentType());
    if (!readers.hasNext()) {
      throw new IllegalStateException("No image reader for " + kind);
    }
    return readers.next();
  }
}
