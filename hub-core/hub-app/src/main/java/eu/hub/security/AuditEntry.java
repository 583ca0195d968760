package eu.hub.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit log: who did what to what, and when. Never changed once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(name = "happened_at", nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false, length = 320)
  private String actor;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(length = 500)
  private String target;

  @Column(length = 2000)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(OffsetDateTime at, String actor, String action, String target, String detail) {
    this.at = at;
    this.actor = cut(actor, 320);
    this.action = cut(action, 100);
    this.target = cut(target, 500);
    this.detail = cut(detail, 2000);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String detail() {
    return detail;
  }
}
