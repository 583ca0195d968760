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
import java.time.OffsetDateTime;

/** One saved state of a content item, kept so that editors can compare and restore. */
@Entity
@Table(name = "content_revision")
public class Revision {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 500)
  private String title;

  private String summary;

  private String body;

  @Column(name = "fields_json", nullable = false)
  private String fieldsJson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContentStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(length = 1000)
  private String note;

  /** Whether this was a working copy of a published item, not live when saved. */
  @Column(nullable = false)
  private boolean working;

  protected Revision() {}

  Revision(
      long itemId,
      int number,
      String title,
      String summary,
      String body,
      String fieldsJson,
      ContentStatus status,
      OffsetDateTime createdAt,
      String author,
      String note) {
    this.itemId = itemId;
    this.number = number;
    this.title = title;
    this.summary = summary;
    this.body = body;
    this.fieldsJson = fieldsJson;
    this.status = status;
    this.createdAt = createdAt;
    this.author = author;
    this.note = note;
    this.working = true;
  }

  Revision(ContentItem item, String author, String note) {
    this.itemId = item.id();
    this.number = item.revision();
    this.title = item.title();
    this.summary = item.summary();
    this.body = item.body();
    this.fieldsJson = item.fieldsJson();
    this.status = item.status();
    this.createdAt = item.updatedAt();
    this.author = author;
    this.note = note;
  }

  public Long itemId() {
    return itemId;
  }

  public int number() {
    return number;
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

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String author() {
    return author;
  }

  public String note() {
    return note;
  }

  public boolean working() {
    return working;
  }
}
