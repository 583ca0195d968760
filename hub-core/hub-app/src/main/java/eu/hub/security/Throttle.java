package eu.hub.security;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Slows down password guessing per account: after {@link #MAX_FAILURES} failed sign-ins in a row,
 * the account refuses every attempt, even with the right password, for {@link #LOCK}. A success
 * clears the count. Pure logic, so that the rule is tested without a database.
 */
public final class Throttle {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** An account's count of failures and the end of its lock (null when not locked). */
  public record State(int failures, OffsetDateTime lockedUntil) {}

  private Throttle() {}

  /** Whether the account refuses attempts at {@code now}. */
  public static boolean locked(OffsetDateTime lockedUntil, OffsetDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** The state after one more failure at {@code now}: the fifth locks and starts a new count. */
  public static State afterFailure(State before, OffsetDateTime now) {
    int failures = locked(before.lockedUntil(), now) ? 0 : before.failures();
    failures++;
    if (failures >= MAX_FAILURES) {
      return new State(0, now.plus(LOCK));
    }
    return new State(failures, null);
  }

  /** The state after a successful sign-in. */
  public static State afterSuccess() {
    return new State(0, null);
  }

  /** What a person reads when the account is locked. */
  public static String message(OffsetDateTime lockedUntil, OffsetDateTime now) {
    long minutes = Math.max(1, (Duration.between(now, lockedUntil).toSeconds() + 59) / 60);
    return "Too many failed sign-ins for this account: it is locked for "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + ". Try again later, or ask an administrator.";
  }
}
