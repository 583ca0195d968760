package eu.hub.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared bearer token of the admin API, from the setting {@code hub.admin.token} ({@code
 * HUB_ADMIN_TOKEN}). A stop-gap until editors sign in with their own accounts: it says that a
 * caller knows the token, not who they are. Without the setting the admin API is off.
 */
@ApplicationScoped
public class AdminToken {

  /** What a request's credentials amount to. */
  public enum Verdict {
    /** The setting is absent or blank: nobody may use the admin API. */
    SWITCHED_OFF,
    /** No bearer token in the request. */
    MISSING,
    /** A bearer token that is not the configured one. */
    WRONG,
    ACCEPTED
  }

  private static final String BEARER = "bearer ";

  @Inject
  @ConfigProperty(name = "hub.admin.token")
  Optional<String> token;

  /** Judges an {@code Authorization} header value (null when the request had none). */
  public Verdict judge(String authorization) {
    return judge(token.orElse(null), authorization);
  }

  static Verdict judge(String configured, String authorization) {
    if (configured == null || configured.isBlank()) {
      return Verdict.SWITCHED_OFF;
    }
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Verdict.MISSING;
    }
    String given = authorization.substring(BEARER.length()).strip();
    return sameInConstantTime(given, configured.strip()) ? Verdict.ACCEPTED : Verdict.WRONG;
  }

  /**
   * Compares digests rather than the strings, so that neither the position of the first wrong
   * character nor the token's length shows in how long the answer takes.
   */
  static boolean sameInConstantTime(String given, String expected) {
    return MessageDigest.isEqual(sha256(given), sha256(expected));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
