package eu.hub.editorial;

import eu.hub.security.CsrfTokens;
import eu.hub.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Personal API tokens, so that a partner's own system can call {@code /api/editorial} as one of its
 * authors, with that account's roles. Only a SHA-256 of each token is stored (the token is 256
 * random bits, so a plain hash is enough); the token itself is shown once.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  /** Prefix of every personal token, so that one found in a log is recognisable. */
  static final String PREFIX = "hubp_";

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject UserStore users;

  /**
   * Issues a new token for an account and audits it.
   *
   * @param actor who asks (the account itself, or {@code admin-api})
   * @return the token, to be shown once
   * @throws EditorialException 404 when there is no such account
   */
  public String issue(String actor, String email, String label) {
    String normal = UserStore.normalEmail(email);
    if (users.byEmail(normal).isEmpty()) {
      throw EditorialException.notFound("There is no account " + normal + ".");
    }
    String token = PREFIX + CsrfTokens.newToken();
    String cut = label == null || label.isBlank() ? null : label.strip();
    if (cut != null && cut.length() > 200) {
      cut = cut.substring(0, 200);
    }
    em.persist(new ApiToken(normal, hash(token), cut, now()));
    users.audit(actor, "api-token-issued", normal, cut == null ? null : "label: " + cut);
    return token;
  }

  /** The editor a token belongs to, when it is a valid token of an existing account. */
  public Optional<Editor> editorFor(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
            .setParameter("h", hash(token.strip()))
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    found.get().used(now());
    return users.byEmail(found.get().email()).map(Editor::of);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
