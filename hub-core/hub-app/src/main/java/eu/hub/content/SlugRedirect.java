package eu.hub.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A slug an item used to have; its old address redirects to the current one. */
@Entity
@Table(name = "slug_redirect")
@IdClass(SlugRedirect.Key.class)
public class SlugRedirect {

  /** The primary key: type, language and the old slug. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private String language;
    private String oldSlug;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(type, k.type)
          && Objects.equals(language, k.language)
          && Objects.equals(oldSlug, k.oldSlug);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, language, oldSlug);
    }
  }

  @Id
  @Column(length = 64)
  private String type;

  @Id
  @Column(length = 16)
  private String language;

  @Id
  @Column(name = "old_slug", length = 200)
  private String oldSlug;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SlugRedirect() {}

  SlugRedirect(String type, String language, String oldSlug, Long itemId, OffsetDateTime at) {
    this.type = type;
    this.language = language;
    this.oldSlug = oldSlug;
    this.itemId = itemId;
    this.createdAt = at;
  }

  public Long itemId() {
    return itemId;
  }

  String type() {
    return type;
  }

  String language() {
    return language;
  }

  String oldSlug() {
    return oldSlug;
  }
}
