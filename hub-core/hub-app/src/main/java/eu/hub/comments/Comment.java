package eu.hub.comments;

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

/** A reader's comment on an item. Shown to readers only once an editor approved it. */
@Entity
@Table(name = "hub_comment")
public class Comment {

  /** Where a comment stands; a rejected comment is deleted instead. */
  public enum Status {
    HELD,
    APPROVED,
    SPAM
  }

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "author_name", nullable = false, length = 100)
  private String authorName;

  @Column(name = "author_email", length = 320)
  private String authorEmail;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "moderated_at")
  private OffsetDateTime moderatedAt;

  @Column(name = "moderated_by", length = 320)
  private String moderatedBy;

  protected Comment() {}

  Comment(long itemId, String authorName, String authorEmail, String body, OffsetDateTime at) {
    this.itemId = itemId;
    this.authorName = authorName;
    this.authorEmail = authorEmail;
    this.body = body;
    this.status = Status.HELD;
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public String authorName() {
    return authorName;
  }

  public String authorEmail() {
    return authorEmail;
  }

  public String body() {
    return body;
  }

  public Status status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime moderatedAt() {
    return moderatedAt;
  }

  public String moderatedBy() {
    return moderatedBy;
  }

  void moderate(Status to, String who, OffsetDateTime at) {
    this.status = to;
    this.moderatedBy = who;
    this.moderatedAt = at;
  }
}
