package eu.hub.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One uploaded file's metadata; the bytes are in the data directory, named by their SHA-256. Images
 * have a width, a height, alt text and resized variants; PDFs have a title.
 */
@Entity
@Table(name = "media_item")
public class MediaItem {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  private Integer width;

  private Integer height;

  @Column(name = "alt_text", length = 1000)
  private String altText;

  @Column(length = 500)
  private String title;

  @Column(name = "partner_slug", length = 200)
  private String partnerSlug;

  @Column(name = "uploaded_by", nullable = false, length = 320)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @Column(nullable = false, length = 64)
  private String sha256;

  /** The content type of the resized variants (PNG or JPEG), null for PDFs. */
  @Column(name = "variant_type", length = 100)
  private String variantType;

  /** The widths of the variants made, comma-separated ("320,640"). */
  @Column(name = "variant_widths", length = 100)
  private String variantWidths;

  @Version private long version;

  protected MediaItem() {}

  MediaItem(
      String fileName,
      MediaKind kind,
      long sizeBytes,
      ImageHeaders.Dimensions dimensions,
      String altText,
      String title,
      String partnerSlug,
      String uploadedBy,
      OffsetDateTime uploadedAt,
      String sha256) {
    this.fileName = fileName;
    this.contentType = kind.contentType();
    this.sizeBytes = sizeBytes;
    this.width = dimensions == null ? null : dimensions.width();
    this.height = dimensions == null ? null : dimensions.height();
    this.altText = altText;
    this.title = title;
    this.partnerSlug = partnerSlug;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.sha256 = sha256;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public MediaKind kind() {
    return MediaKind.ofContentType(contentType).orElseThrow();
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Integer width() {
    return width;
  }

  public Integer height() {
    return height;
  }

  public String altText() {
    return altText;
  }

  public String title() {
    return title;
  }

  public String partnerSlug() {
    return partnerSlug;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  public String sha256() {
    return sha256;
  }

  public String variantType() {
    return variantType;
  }

  public List<Integer> variantWidths() {
    if (variantWidths == null || variantWidths.isBlank()) {
      return List.of();
    }
    return Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
  }

  void variants(String type, List<Integer> widths) {
    this.variantType = type;
    this.variantWidths = widths.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  void describe(String altText, String title) {
    this.altText = altText;
    this.title = title;
  }
}
