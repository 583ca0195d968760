package eu.hub.api.content;

/**
 * The kinds of value a content field can hold. The Hub stores, validates, indexes and edits each
 * kind in its own way.
 *
 * @since 0.1
 */
public enum FieldKind {
  /** A single line of plain text. */
  TEXT,
  /** Markdown, rendered to sanitized HTML. */
  MARKDOWN,
  /** A whole number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A calendar date, ISO 8601 ({@code 2024-05-31}). */
  DATE,
  /**
   * A date and time with a zone or offset, ISO 8601 ({@code
   * 2024-05-31T14:00+02:00[Europe/Stockholm]}).
   */
  DATE_TIME,
  /** An iCalendar recurrence rule (RFC 5545 {@code RRULE}). */
  RECURRENCE,
  /** An absolute http or https URL, or a path on this Hub starting with {@code /}. */
  URL,
  /** One of a fixed list of values ({@link FieldDefinition#options()}). */
  CHOICE,
  /** A term of a taxonomy (for example a theme or a country). */
  TERM,
  /** The slug of another content item. */
  REFERENCE,
  /** A media file from the media library. */
  MEDIA
}
