package eu.hub.editorial;

import java.time.OffsetDateTime;

/**
 * Filters for the audit log; null means any. Text filters match exactly, except {@code target},
 * which matches the start (so {@code item:42} finds every line about item 42).
 *
 * @param actor who acted (email)
 * @param action what they did ({@code editorial-publish}, {@code sign-in}…)
 * @param target what it was done to, by prefix
 * @param since from this moment on (inclusive)
 * @param until before this moment (exclusive)
 * @param offset how many matching lines to skip, newest first
 * @param limit how many to answer at most (1 to 500)
 */
public record AuditQuery(
    String actor,
    String action,
    String target,
    OffsetDateTime since,
    OffsetDateTime until,
    int offset,
    int limit) {

  /** The newest lines, unfiltered. */
  public static AuditQuery newest(int limit) {
    return new AuditQuery(null, null, null, null, null, 0, limit);
  }
}
