package eu.hub.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A personal API token ({@code api_token}): only its SHA-256 is kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

  @Id
  @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
  private Long id;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(length = 200)
  private String label;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used")
  private OffsetDateTime lastUsed;

  protected ApiToken() {}

  ApiToken(String email, String tokenHash, String label, OffsetDateTime createdAt) {
    this.email = email;
    this.tokenHash = tokenHash;
    this.label = label;
    this.createdAt = createdAt;
  }

  String email() {
    return email;
  }

  void used(OffsetDateTime at) {
    this.lastUsed = at;
  }
}
