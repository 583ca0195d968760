package eu.hub.editorial;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of the audit log, newest first.
 *
 * @param lines the lines on this page
 * @param total how many lines match the filters
 * @param offset the offset asked for
 * @param limit the page size used
 */
public record AuditPage(List<Line> lines, long total, int offset, int limit) {

  /** One line: who did what to what, when, and the details (including from-state → to-state). */
  public record Line(
      OffsetDateTime at, String actor, String action, String target, String detail) {}
}
