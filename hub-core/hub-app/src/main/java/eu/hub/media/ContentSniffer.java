package eu.hub.media;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what an uploaded file is from its bytes alone: the file name and the Content-Type the
 * client sent are never asked. A file is accepted only when it starts with the signature of a PNG,
 * JPEG, GIF, WebP or PDF and does not also carry markup a browser could run (an SVG, an HTML page
 * or a script joined to an image, the "polyglot" trick) or a ZIP archive on its end (GIFAR).
 */
public final class ContentSniffer {

  /**
   * Markup that has no business in an image. Browsers sniff the start of a response, but a file is
   * also opened by other programs, so images are searched whole. XMP metadata ({@code <x:xmpmeta},
   * {@code <rdf:RDF}) is legitimate in photos and is not on this list.
   */
  static final List<String> MARKUP =
      List.of(
          "<html",
          "<!doctype",
          "<script",
          "<svg",
          "<iframe",
          "<body",
          "<object",
          "<embed",
          "<head");

  /** PDFs legitimately contain any bytes in their streams: only their start is searched. */
  static final int PDF_HEAD = 1024;

  /** A ZIP's end-of-central-directory record sits in the last 65,557 bytes of the file. */
  static final int ZIP_TAIL = 65_557;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};

  private ContentSniffer() {}

  /** The kind the signature at the start of the data says, if it is one the library takes. */
  public static Optional<MediaKind> kindOf(byte[] data) {
    if (startsWith(data, PNG)) {
      return Optional.of(MediaKind.PNG);
    }
    if (startsWith(data, JPEG)) {
      return Optional.of(MediaKind.JPEG);
    }
    if (startsWith(data, ascii("GIF87a")) || startsWith(data, ascii("GIF89a"))) {
      return Optional.of(MediaKind.GIF);
    }
    if (data.length >= 12
        && startsWith(data, ascii("RIFF"))
        && regionEquals(data, 8, ascii("WEBP"))) {
      return Optional.of(MediaKind.WEBP);
    }
    if (startsWith(data, ascii("%PDF-"))) {
      return Optional.of(MediaKind.PDF);
    }
    return Optional.empty();
  }

  /**
   * The kind of an acceptable file, or {@link MediaRefused}: 415 when the bytes are none of the
   * kinds the library takes (an SVG, an HTML page, a text file, whatever its name says), 422 when
   * they start like an image or PDF but also carry markup or an archive.
   */
  public static MediaKind check(byte[] data) {
    MediaKind kind =
        kindOf(data).orElseThrow(() -> new MediaRefused(415, "file", "media.error.type"));
    Optional<String> hidden = hiddenContent(data, kind);
    if (hidden.isPresent()) {
      throw new MediaRefused(422, "file", "media.error.disguised", hidden.get());
    }
    return kind;
  }

  /** What a file of the given kind hides that a browser or unzipper could act on, if anything. */
  static Optional<String> hiddenContent(byte[] data, MediaKind kind) {
    int end = kind == MediaKind.PDF ? Math.min(data.length, PDF_HEAD) : data.length;
    String text = new String(data, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String marker : MARKUP) {
      if (text.contains(marker)) {
        return Optional.of(marker + ">");
      }
    }
    for (int i = Math.max(0, data.length - ZIP_TAIL); i <= data.length - ZIP_END.length; i++) {
      if (regionEquals(data, i, ZIP_END)) {
        return Optional.of("ZIP");
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return regionEquals(data, 0, prefix);
  }

  private static boolean regionEquals(byte[] data, int offset, byte[] expected) {
    if (data.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (data[offset + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
