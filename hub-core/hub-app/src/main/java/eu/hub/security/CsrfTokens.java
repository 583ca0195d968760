package eu.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token that every form carries (field {@value #FIELD}, or header {@value
 * #HEADER}), so that another site cannot make a signed-in browser post to the Hub.
 */
public final class CsrfTokens {

  public static final String FIELD = "csrf";
  public static final String HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "hub.csrfToken";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /** 32 random bytes, base64url without padding. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The session's token, creating the session and the token when needed (for forms). */
  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    synchronized (session) {
      Object token = session.getAttribute(SESSION_ATTRIBUTE);
      if (token instanceof String s) {
        return s;
      }
      String fresh = newToken();
      session.setAttribute(SESSION_ATTRIBUTE, fresh);
      return fresh;
    }
  }

  /** A new token for the session, after sign-in. */
  public static void renew(HttpSession session) {
    session.setAttribute(SESSION_ATTRIBUTE, newToken());
  }

  /** The session's token, or null without a session or token. Never creates a session. */
  static String existing(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
  }

  /** Whether the given token is the expected one, compared in constant time. */
  public static boolean matches(String expected, String given) {
    if (expected == null || given == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a request method changes something and so needs the token. */
  public static boolean unsafe(String method) {
    return switch (method) {
      case "POST", "PUT", "DELETE", "PATCH" -> true;
      default -> false;
    };
  }

  /** Whether the request is an API call with a bearer token (no cookie, so no CSRF risk). */
  public static boolean bearer(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }
}
