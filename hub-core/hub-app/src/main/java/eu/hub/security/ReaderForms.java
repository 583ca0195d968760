package eu.hub.security;

import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The forms anonymous readers post (today the comment form) and their stateless CSRF tokens (see
 * {@link ReaderFormTokens}). The secret is 32 random bytes made on first use and kept in the data
 * directory ({@value #KEY_FILE}), readable by the Hub's user only; deleting the file makes a new
 * secret at the next start and turns every open reader form into an expired one.
 *
 * <p>{@link CsrfFilter} accepts these tokens only on the paths in {@link #PUBLIC_FORMS}; admin and
 * signed-in actions keep the session's token. An authentic but expired token is let through with
 * the request attribute {@value #EXPIRED}, and the form's resource must refuse it with 403 and give
 * the form back with what the reader typed (the comment form does).
 */
@ApplicationScoped
public class ReaderForms {

  /** The purpose of the comment form's token. */
  public static final String COMMENT = "comment";

  /** The anonymous public form endpoints (path without the leading slash) and their purposes. */
  static final Map<String, String> PUBLIC_FORMS = Map.of("comments", COMMENT);

  /** Set on a request whose reader-form token was authentic but expired. */
  public static final String EXPIRED = "hub.readerForm.expired";

  /** The secret's file in the data directory. */
  public static final String KEY_FILE = "secrets/reader-forms.key";

  /** How long a reader may keep a form open (plus up to an hour, see the token). */
  public static final Duration LIFETIME = Duration.ofHours(24);

  @Inject HubSettings settings;

  /** The clock tokens are issued and checked by; package-private for tests. */
  Clock clock = Clock.systemUTC();

  private volatile byte[] secret;

  /** A fresh token for the form of that purpose. */
  public String token(String purpose) {
    return ReaderFormTokens.issue(secret(), purpose, clock.instant(), LIFETIME);
  }

  /** What a token posted to a reader form of that purpose amounts to. */
  public ReaderFormTokens.Check check(String purpose, String token) {
    return ReaderFormTokens.check(secret(), purpose, token, clock.instant());
  }

  /** The purpose of the public form posted to that path, or null when it is not one. */
  static String purposeOf(String path) {
    return path == null ? null : PUBLIC_FORMS.get(path.replaceFirst("^/+", ""));
  }

  /** Whether the request came with an authentic but expired reader-form token. */
  public static boolean expired(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(EXPIRED));
  }

  private byte[] secret() {
    byte[] s = secret;
    if (s == null) {
      synchronized (this) {
        if (secret == null) {
          secret = loadOrCreate(settings.dataDirectory().resolve(KEY_FILE));
        }
        s = secret;
      }
    }
    return s;
  }

  /** Reads the secret, making it first when there is none. */
  static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = Files.createTempFile(file.getParent(), "reader-forms", ".tmp");
        try {
          try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the data directory's own permissions protect it.
          }
          Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n");
          // Another Hub on the same data directory may have been quicker: its secret wins.
          Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
          // fall through to reading the one that exists
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      byte[] key =
          Base64.getDecoder()
              .decode(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip());
      if (key.length < 32) {
        throw new IllegalStateException(
            file + " holds a secret shorter than 32 bytes: delete it and restart the Hub.");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make " + file, e);
    }
  }
}
