package eu.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless CSRF tokens for the forms anonymous readers fill in (OWASP's HMAC-based token pattern):
 * {@code expiry.HMAC-SHA256(secret, purpose|expiry)}, base64url. The server keeps no session for
 * them, so that reading the site sets no cookie. A token is good for one purpose (one form) until
 * its expiry; the expiry is rounded up to the hour, so that a page keeps one token (and one ETag)
 * for an hour.
 */
public final class ReaderFormTokens {

  /** What a token given with a form amounts to. */
  public enum Check {
    VALID,
    /** Signed by the Hub for this form, but too old. */
    EXPIRED,
    /** Missing, malformed, tampered with, signed with another secret or for another form. */
    INVALID
  }

  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private ReaderFormTokens() {}

  /** A token for the purpose, good for at least {@code lifetime} from {@code now}. */
  public static String issue(byte[] secret, String purpose, Instant now, Duration lifetime) {
    long end = now.plus(lifetime).getEpochSecond();
    long expiry = (end + 3599) / 3600 * 3600;
    return expiry + "." + ENCODER.encodeToString(mac(secret, purpose, expiry));
  }

  /** Checks a token for the purpose: the signature first, so that a changed expiry is INVALID. */
  public static Check check(byte[] secret, String purpose, String token, Instant now) {
    if (token == null) {
      return Check.INVALID;
    }
    String t = token.strip();
    int dot = t.indexOf('.');
    if (dot < 1 || dot > 18 || !t.substring(0, dot).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Check.INVALID;
    }
    long expiry = Long.parseLong(t.substring(0, dot));
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(t.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Check.INVALID;
    }
    // Constant time, so that how long the answer takes says nothing about the right signature.
    if (!MessageDigest.isEqual(mac(secret, purpose, expiry), given)) {
      return Check.INVALID;
    }
    return now.getEpochSecond() < expiry ? Check.VALID : Check.EXPIRED;
  }

  private static byte[] mac(byte[] secret, String purpose, long expiry) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      return mac.doFinal((purpose + "|" + expiry).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }
}
