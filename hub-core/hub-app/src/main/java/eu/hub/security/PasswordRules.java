package eu.hub.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters and not one of the passwords
 * people pick most often (the list ships as a resource). Length beats complexity rules: a long
 * phrase is both easier to remember and harder to guess.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;

  /** PBKDF2 hashes the whole password: a bound keeps a huge one from tying up the server. */
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load();

  private PasswordRules() {}

  /** Why the password is refused, in words a person understands; empty when it is acceptable. */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Choose a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          "The password is too short: use at least "
              + MIN_LENGTH
              + " characters (it has "
              + length
              + "). A few unrelated words make a long password that is easy to remember.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("The password is too long: use at most " + MAX_LENGTH + " characters.");
    }
    if (isCommon(password)) {
      return Optional.of(
          "This password is one of the most common ones and is guessed first: choose another,"
              + " for example a few unrelated words.");
    }
    if (password.codePoints().distinct().count() == 1) {
      return Optional.of("The password repeats one character: choose another.");
    }
    if (email != null && !email.isBlank()) {
      String lower = password.toLowerCase(Locale.ROOT);
      String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
      if (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(local)) {
        return Optional.of("The password must not be your email address: choose another.");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the password is on the list, ignoring case and also with digits and symbols at the end
   * taken off ({@code Password2024!} counts as {@code password}).
   */
  static boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT).strip();
    if (COMMON.contains(lower)) {
      return true;
    }
    String stem = lower.replaceAll("[^\\p{L}]+$", "");
    String core = stem.replaceAll("^[^\\p{L}]+", "");
    return (!stem.isEmpty() && COMMON.contains(stem)) || (!core.isEmpty() && COMMON.contains(core));
  }

  static int listSize() {
    return COMMON.size();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String w = line.strip().toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
