package eu.hub.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2: HMAC-SHA512, 600,000 iterations, a
 * 32-byte random salt per password (the OWASP recommendation for PBKDF2-SHA512 is 210,000; the Hub
 * takes more). The stored form names algorithm, iterations and salt, so that older hashes still
 * verify if these numbers rise.
 */
@ApplicationScoped
public class Passwords {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "600000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject Pbkdf2PasswordHash hash;

  /** A hash of nothing anyone knows, checked when the email is unknown so timing tells nothing. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
    decoy = hash.generate("decoy password that is never used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    return hash.verify(password.toCharArray(), stored);
  }

  /** Spends the time a real check would, for an unknown account. */
  public void verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
