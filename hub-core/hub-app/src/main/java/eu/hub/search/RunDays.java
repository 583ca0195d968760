package eu.hub.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The days an item runs, for the search's date filter: the calendar day of a date or date-time
 * value, and the last day of a recurring series.
 *
 * <p>The series' end is worked out from its rule without expanding it: its {@code UNTIL}, or for a
 * {@code COUNT} of a simple rule the count of periods after the start (never earlier than the real
 * last occurrence); any other series counts as running on without end. A search for a period in a
 * series may therefore find it in a gap between occurrences, but never misses one.
 */
final class RunDays {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** Rule parts under which the count of periods bounds the series (one or more per period). */
  private static final Set<String> SIMPLE_PARTS =
      Set.of("FREQ", "COUNT", "INTERVAL", "BYDAY", "WKST", "BYHOUR", "BYMINUTE", "BYSECOND");

  private RunDays() {}

  /** The calendar day of an ISO date or date-time (in its own zone), or null if it is neither. */
  static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("]")) {
        return ZonedDateTime.parse(text).toLocalDate();
      }
      return OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The last day a series that starts on {@code start} can have: its end, or {@link LocalDate#MAX}
   * when the rule does not end or cannot be read simply.
   */
  static LocalDate lastOccurrence(String rule, LocalDate start) {
    Map<String, String> parts = new HashMap<>();
    for (String part : rule.strip().replaceFirst("(?i)^RRULE:", "").split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1));
      }
    }
    try {
      String until = parts.get("UNTIL");
      if (until != null && until.length() >= 8) {
        return LocalDate.parse(until.substring(0, 8), BASIC_DATE);
      }
      String count = parts.get("COUNT");
      if (count == null || !SIMPLE_PARTS.containsAll(parts.keySet())) {
        return LocalDate.MAX;
      }
      long periods = Long.parseLong(count.strip()) * interval(parts.get("INTERVAL"));
      ChronoUnit unit =
          switch (parts.getOrDefault("FREQ", "").strip().toUpperCase(Locale.ROOT)) {
            case "DAILY" -> ChronoUnit.DAYS;
            case "WEEKLY" -> ChronoUnit.WEEKS;
            case "MONTHLY" -> ChronoUnit.MONTHS;
            case "YEARLY" -> ChronoUnit.YEARS;
            default -> null;
          };
      return unit == null || periods > 100_000 ? LocalDate.MAX : start.plus(periods, unit);
    } catch (RuntimeException unreadable) {
      // A rule the store let through but that does not read simply: assume it runs on.
      return LocalDate.MAX;
    }
  }

  private static long interval(String text) {
    return text == null ? 1 : Math.max(1, Long.parseLong(text.strip()));
  }
}
