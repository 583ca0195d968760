package eu.hub.editorial;

import java.util.List;

/**
 * Two revisions side by side: which fields differ, and a line diff of each text that differs.
 *
 * @param from the older revision
 * @param to the newer revision
 * @param fields every field (title, summary, body and the type's fields) that differs
 * @param texts a line diff of each differing text part (title, summary, body, Markdown fields)
 */
public record Comparison(
    RevisionInfo from, RevisionInfo to, List<FieldChange> fields, List<TextDiff> texts) {

  /** A field whose value differs; values as text, null when absent. */
  public record FieldChange(String field, String before, String after) {}

  /** The line diff of one text. */
  public record TextDiff(String field, List<DiffLine> lines) {}

  /**
   * One line of a side-by-side diff.
   *
   * @param kind what happened to the line
   * @param before the line on the left (older), or null when inserted
   * @param after the line on the right (newer), or null when deleted
   * @param beforeNumber its 1-based line number on the left, or 0
   * @param afterNumber its 1-based line number on the right, or 0
   */
  public record DiffLine(
      Kind kind, String before, String after, int beforeNumber, int afterNumber) {
    /** What happened to a line. */
    public enum Kind {
      SAME,
      CHANGED,
      INSERTED,
      DELETED
    }
  }
}
