package eu.hub.editorial;

import eu.hub.content.ContentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Where an item edited in the admin stands ({@code editorial_item}): the pending working copy of a
 * published item (null title when there is none), the workflow state of that copy, the schedule,
 * and a counter that grows with every editorial change. Kept for the item's life.
 */
@Entity
@Table(name = "editorial_item")
class EditorialRecord {

  @Id
  @Column(name = "item_id")
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContentStatus state;

  @Column(name = "working_title", length = 500)
  private String workingTitle;

  @Column(name = "working_summary")
  private String workingSummary;

  @Column(name = "working_body")
  private String workingBody;

  @Column(name = "working_fields_json")
  private String workingFieldsJson;

  @Column(name = "publish_at")
  private OffsetDateTime publishAt;

  @Column(name = "unpublish_at")
  private OffsetDateTime unpublishAt;

  @Column(name = "updated_by", length = 320)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  // Counted by hand rather than with @Version: the version editors send back is compared under a
  // row lock, and it is this counter plus the item's own version.
  @Column(nullable = false)
  private long version;

  protected EditorialRecord() {}

  EditorialRecord(long itemId, ContentStatus state, OffsetDateTime now) {
    this.itemId = itemId;
    this.state = state;
    this.updatedAt = now;
  }

  long itemId() {
    return itemId;
  }

  ContentStatus state() {
    return state;
  }

  boolean hasWorkingCopy() {
    return workingTitle != null;
  }

  String workingTitle() {
    return workingTitle;
  }

  String workingSummary() {
    return workingSummary;
  }

  String workingBody() {
    return workingBody;
  }

  String workingFieldsJson() {
    return workingFieldsJson;
  }

  OffsetDateTime publishAt() {
    return publishAt;
  }

  OffsetDateTime unpublishAt() {
    return unpublishAt;
  }

  String updatedBy() {
    return updatedBy;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  void working(String title, String summary, String body, String fieldsJson) {
    this.workingTitle = title;
    this.workingSummary = summary;
    this.workingBody = body;
    this.workingFieldsJson = fieldsJson;
  }

  void dropWorkingCopy() {
    working(null, null, null, null);
  }

  void state(ContentStatus state) {
    this.state = state;
  }

  void schedule(OffsetDateTime publishAt, OffsetDateTime unpublishAt) {
    this.publishAt = publishAt;
    this.unpublishAt = unpublishAt;
  }

  /** Marks a change: who made it, when, and a new version. */
  void touched(String by, OffsetDateTime now) {
    this.updatedBy = by;
    this.updatedAt = now;
    this.version++;
  }
}
