package eu.hub.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A piece of content: a case study, an article, a magazine issue, a plugin's event. The common
 * parts are columns; the type's own fields are kept as JSON in {@link #fieldsJson()}.
 *
 * <p>Every change is also kept as a {@link Revision}; {@link #revision()} is the number of the
 * latest one. {@code version} guards against two people saving over each other.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(nullable = false, length = 64)
  private String type;

  @Column(nullable = false, length = 200)
  private String slug;

  @Column(nullable = false, length = 16)
  private String language;

  @Column(nullable = false, length = 500)
  private String title;

  private String summary;

  private String body;

  @Column(name = "fields_json", nullable = false)
  private String fieldsJson = "{}";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContentStatus status = ContentStatus.DRAFT;

  @Column(name = "source_path", length = 1000)
  private String sourcePath;

  @Column(name = "source_hash", length = 64)
  private String sourceHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(nullable = false)
  private int revision;

  @Version private long version;

  protected ContentItem() {}

  ContentItem(String type, String slug, String language) {
    this.type = type;
    this.slug = slug;
    this.language = language;
  }

  public Long id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String slug() {
    return slug;
  }

  public String language() {
    return language;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String fieldsJson() {
    return fieldsJson;
  }

  public ContentStatus status() {
    return status;
  }

  public String sourcePath() {
    return sourcePath;
  }

  public String sourceHash() {
    return sourceHash;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public int revision() {
    return revision;
  }

  public long version() {
    return version;
  }

  /** Numbers the next revision after {@code latest}, the highest number in the item's history. */
  void numberAfter(int latest) {
    if (revision <= latest) {
      revision = latest + 1;
    }
  }

  void apply(ContentDraft draft, OffsetDateTime now) {
    this.slug = draft.slug();
    this.language = draft.language();
    this.title = draft.title();
    this.summary = draft.summary();
    this.body = draft.body();
    this.fieldsJson = draft.fieldsJson();
    if (draft.status() == ContentStatus.PUBLISHED && this.status != ContentStatus.PUBLISHED) {
      this.publishedAt = draft.publishedAt() != null ? draft.publishedAt() : now;
    } else if (draft.publishedAt() != null) {
      this.publishedAt = draft.publishedAt();
    }
    this.status = draft.status();
    this.sourcePath = draft.sourcePath();
    this.sourceHash = draft.sourceHash();
    if (this.createdAt == null) {
      this.createdAt = now;
    }
    this.updatedAt = now;
    this.revision++;
  }
}
