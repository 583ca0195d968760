package eu.hub.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * An editor's account: who they are, how they prove it (a PBKDF2 hash, never the password) and what
 * they may do. {@link #failedAttempts()} and {@link #lockedUntil()} throttle guessing.
 */
@Entity
@Table(name = "hub_user")
public class HubUser {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 1000)
  private String passwordHash;

  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "partner_slug", length = 200)
  private String partnerSlug;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  /** An IANA zone name, or null for the site's default (hub.timezone). */
  @Column(name = "time_zone", length = 64)
  private String timeZone;

  /** The OpenID provider and its id of the person linked at the first OIDC sign-in (V9). */
  @Column(name = "oidc_issuer", length = 1000)
  private String oidcIssuer;

  @Column(name = "oidc_subject", length = 255)
  private String oidcSubject;

  @Version private long version;

  protected HubUser() {}

  HubUser(
      String email,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      String partnerSlug,
      OffsetDateTime createdAt) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = Role.join(roles);
    this.partnerSlug = partnerSlug;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return Role.split(roles);
  }

  public String partnerSlug() {
    return partnerSlug;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }

  public String timeZone() {
    return timeZone;
  }

  void timeZone(String zone) {
    this.timeZone = zone;
  }

  public String oidcIssuer() {
    return oidcIssuer;
  }

  public String oidcSubject() {
    return oidcSubject;
  }

  /** Links the account to a person at the OpenID provider, or unlinks it (both null). */
  void linkOidc(String issuer, String subject) {
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
  }

  void throttle(Throttle.State state) {
    this.failedAttempts = state.failures();
    this.lockedUntil = state.lockedUntil();
  }
}
