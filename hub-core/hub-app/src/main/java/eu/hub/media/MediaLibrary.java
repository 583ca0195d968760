package eu.hub.media;

import eu.hub.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploads, descriptions and deletions, with every check and every audit line in one place for the
 * admin screen and the API alike. Limits come from MicroProfile Config: {@code hub.media.max-bytes}
 * (default 10 MB), {@code hub.media.max-pixels} (default 40 million) and {@code hub.media.max-side}
 * (default 20,000 pixels on either side).
 */
@ApplicationScoped
public class MediaLibrary {

  /** What an upload turned into: a new item, or the one already holding the same bytes. */
  public record Uploaded(MediaItem item, boolean duplicate) {}

  /** An upload as received: the bytes (at most one more than the limit) and the form's words. */
  public record Upload(byte[] data, String fileName, String altText, String title) {}

  @Inject
  @ConfigProperty(name = "hub.media.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "hub.media.max-pixels", defaultValue = "40000000")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "hub.media.max-side", defaultValue = "20000")
  int maxSide;

  @Inject MediaStore store;
  @Inject MediaFiles files;
  @Inject UserStore users;

  public long maxBytes() {
    return maxBytes;
  }

  /** Checks an upload by its content and keeps it, or says why not with {@link MediaRefused}. */
  public Uploaded upload(Upload upload, MediaAccess access) {
    if (!access.manage()) {
      throw new MediaRefused(403, null, "media.error.forbidden");
    }
    byte[] data = upload.data();
    if (data == null || data.length == 0) {
      throw new MediaRefused(422, "file", "media.error.noFile");
    }
    if (data.length > maxBytes) {
      throw new MediaRefused(413, "file", "media.error.tooLarge", megabytes(maxBytes));
    }
    MediaKind kind = ContentSniffer.check(data);
    ImageHeaders.Dimensions dimensions = null;
    if (kind.isImage()) {
      dimensions = ImageHeaders.read(data, kind);
      if (dimensions.width() < 1
          || dimensions.height() < 1
          || dimensions.width() > maxSide
          || dimensions.height() > maxSide
          || dimensions.pixels() > maxPixels) {
        throw new MediaRefused(
            422,
            "file",
            "media.error.tooManyPixels",
            dimensions.width(),
            dimensions.height(),
            maxPixels / 1_000_000);
      }
    }
    String alt = clean(upload.altText(), 1000);
    String title = clean(upload.title(), 500);
    if (kind.isImage() && alt.isEmpty()) {
      throw new MediaRefused(422, "alt", "media.error.altMissing");
    }
    if (!kind.isImage() && title.isEmpty()) {
      throw new MediaRefused(422, "title", "media.error.titleMissing");
    }
    String sha = sha256(data);
    var existing = store.sameFile(sha, access);
    if (existing.isPresent()) {
      users.audit(
          access.email(), "media-upload-duplicate", target(existing.get()), upload.fileName());
      return new Uploaded(existing.get(), true);
    }
    // Decode before anything is stored: a header can be fine and the pixels broken.
    BufferedImage image = kind.isImage() ? ImageHeaders.decode(data, kind) : null;
    files.storeOriginal(sha, kind, data);
    MediaItem item =
        new MediaItem(
            displayName(upload.fileName(), kind),
            kind,
            data.length,
            dimensions,
            kind.isImage() ? alt : emptyToNull(alt),
            emptyToNull(title),
            access.all() ? null : access.partner(),
            access.email(),
            OffsetDateTime.now(ZoneOffset.UTC),
            sha);
    store.persist(item);
    if (image != null) {
      String variantType = MediaFiles.variantTypeOf(kind, image);
      List<Integer> widths = files.makeVariants(item.id(), image, variantType);
      store.variants(item.id(), variantType, widths);
      item.variants(variantType, widths);
    }
    users.audit(
        access.email(),
        "media-upload",
        target(item),
        item.fileName() + " (" + item.contentType() + ", " + item.sizeBytes() + " bytes)");
    return new Uploaded(item, false);
  }

  /** Changes an item's alt text and title; images keep needing alt text. */
  public MediaItem describe(long id, String altText, String title, MediaAccess access) {
    MediaItem item = visible(id, access);
    if (!access.manage()) {
      throw new MediaRefused(403, null, "media.error.forbidden");
    }
    String alt = clean(altText, 1000);
    String t = clean(title, 500);
    if (item.kind().isImage() && alt.isEmpty()) {
      throw new MediaRefused(422, "alt-" + id, "media.error.altMissing");
    }
    if (!item.kind().isImage() && t.isEmpty()) {
      throw new MediaRefused(422, "title-" + id, "media.error.titleMissing");
    }
    store.describe(id, emptyToNull(alt), emptyToNull(t));
    users.audit(access.email(), "media-describe", target(item), "alt: " + alt + "; title: " + t);
    return store.find(id).orElseThrow();
  }

  /** Deletes an item that no content refers to; {@link InUse} lists where it is used. */
  public void delete(long id, MediaAccess access) {
    MediaItem item = visible(id, access);
    if (!access.manage()) {
      throw new MediaRefused(403, null, "media.error.forbidden");
    }
    List<MediaStore.Usage> usages = store.usages(id);
    if (!usages.isEmpty()) {
      throw new InUse(item, usages);
    }
    store.delete(id);
    files.deleteVariants(item);
    if (store.countWithFile(item.sha256()) == 0) {
      files.deleteOriginal(item.sha256(), item.kind());
    }
    users.audit(access.email(), "media-delete", target(item), item.fileName());
  }

  /** The item, if the person may see it; 404 otherwise, so that ids of others are not revealed. */
  public MediaItem visible(long id, MediaAccess access) {
    return store
        .find(id)
        .filter(access::sees)
        .orElseThrow(() -> new MediaRefused(404, null, "media.error.notFound"));
  }

  /** Deletion refused because content refers to the item. */
  public static final class InUse extends MediaRefused {
    private final transient List<MediaStore.Usage> usages;

    InUse(MediaItem item, List<MediaStore.Usage> usages) {
      super(409, null, "media.error.inUse", item.fileName(), usages.size());
      this.usages = List.copyOf(usages);
    }

    public List<MediaStore.Usage> usages() {
      return usages;
    }
  }

  /** The URL path of an item's original: {@code /media/ID/original/name.ext}. */
  public static String originalUrl(MediaItem item) {
    return "/media/" + item.id() + "/original/" + urlName(item.fileName(), item.kind().extension());
  }

  /** The URL path of a variant: {@code /media/ID/WIDTH/name.ext}. */
  public static String variantUrl(MediaItem item, int width) {
    return "/media/"
        + item.id()
        + "/"
        + width
        + "/"
        + urlName(item.fileName(), MediaFiles.extensionOf(item.variantType()));
  }

  /** The Markdown that puts the item on a page: an image, or a link to the PDF. */
  public static String markdown(MediaItem item) {
    if (item.kind().isImage()) {
      return "![" + escapeBrackets(item.altText()) + "](" + originalUrl(item) + ")";
    }
    String label = item.title() == null ? item.fileName() : item.title();
    return "[" + escapeBrackets(label) + " (PDF)](" + originalUrl(item) + ")";
  }

  /** A file name for addresses: ASCII letters, digits, "-", "_" and the kind's own extension. */
  static String urlName(String fileName, String extension) {
    String base = fileName == null ? "" : fileName;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base =
        Normalizer.normalize(base, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]+", "-")
            .replaceAll("^-+|-+$", "");
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    return (base.isEmpty() ? "file" : base) + "." + extension;
  }

  /** The name shown in the library: the client's name without folders, its extension corrected. */
  static String displayName(String fileName, MediaKind kind) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}]", "").strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isEmpty()) {
      base = "file";
    }
    if (base.length() > 200) {
      base = base.substring(0, 200);
    }
    return base + "." + kind.extension();
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clean(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("[\\p{Cntrl}&&[^\n]]", "").replace('\n', ' ').strip();
    return t.length() > max ? t.substring(0, max) : t;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String escapeBrackets(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  private static String target(MediaItem item) {
    return "media/" + item.id();
  }

  private static String megabytes(long bytes) {
    double mb = Math.round(bytes / 104_857.6) / 10.0;
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb);
  }
}
