package eu.hub.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One thing an item points to: another item ({@code kind = ref}, scope = the target type, key = its
 * slug) or a taxonomy term ({@code kind = term}, scope = the vocabulary, key = the term's slug).
 * Rebuilt from the item's fields on every save.
 */
@Entity
@Table(name = "content_link")
public class ContentLink {

  /** Links to other items. */
  public static final String REFERENCE = "ref";

  /** Links to taxonomy terms. */
  public static final String TERM = "term";

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(nullable = false, length = 64)
  private String field;

  @Column(nullable = false, length = 16)
  private String kind;

  @Column(nullable = false, length = 64)
  private String scope;

  @Column(name = "link_value", nullable = false, length = 300)
  private String linkValue;

  @Column(name = "link_key", nullable = false, length = 300)
  private String linkKey;

  protected ContentLink() {}

  ContentLink(Long itemId, String field, String kind, String scope, String value, String key) {
    this.itemId = itemId;
    this.field = field;
    this.kind = kind;
    this.scope = scope;
    this.linkValue = value;
    this.linkKey = key;
  }

  public Long itemId() {
    return itemId;
  }

  public String field() {
    return field;
  }

  public String kind() {
    return kind;
  }

  public String scope() {
    return scope;
  }

  /** As written: a slug for references, a label for terms. */
  public String value() {
    return linkValue;
  }

  /** The URL key: the slug of the item or of the term. */
  public String key() {
    return linkKey;
  }
}
