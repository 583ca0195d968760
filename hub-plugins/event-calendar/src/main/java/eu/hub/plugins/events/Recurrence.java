package eu.hub.plugins.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of an iCalendar recurrence rule (RFC 5545 {@code RRULE}) that events use: {@code FREQ}
 * (daily, weekly, monthly, yearly), {@code INTERVAL}, {@code COUNT}, {@code UNTIL} and, for weekly
 * rules, {@code BYDAY}. Occurrences keep the local time of the first one in its time zone, so a
 * weekly 10:00 meeting stays at 10:00 across a daylight-saving change, as RFC 5545 requires.
 */
record Recurrence(
    String frequency,
    int interval,
    Integer count,
    ZonedDateTime until,
    Set<DayOfWeek> byDay,
    String text) {

  private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
  private static final Set<String> PARTS =
      Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST");

  /** More occurrences than any page shows; guards against rules without an end. */
  static final int MAX_OCCURRENCES = 1000;

  /**
   * Reads a rule.
   *
   * @param zone the zone of the first occurrence, for an {@code UNTIL} without one
   * @throws IllegalArgumentException naming the part that is not supported
   */
  static Recurrence parse(String rule, java.time.ZoneId zone) {
    String text = rule.strip();
    if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
      text = text.substring(6);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("'" + part + "' is not NAME=VALUE");
      }
      String name = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
      if (!PARTS.contains(name)) {
        throw new IllegalArgumentException("the event calendar does not support " + name);
      }
      parts.put(name, part.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
    }
    String freq = parts.get("FREQ");
    if (freq == null || !FREQUENCIES.contains(freq)) {
      throw new IllegalArgumentException("FREQ must be one of " + FREQUENCIES);
    }
    int interval = parts.containsKey("INTERVAL") ? Integer.parseInt(parts.get("INTERVAL")) : 1;
    if (interval < 1) {
      throw new IllegalArgumentException("INTERVAL must be 1 or more");
    }
    Integer count = parts.containsKey("COUNT") ? Integer.valueOf(parts.get("COUNT")) : null;
    ZonedDateTime until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), zone) : null;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (parts.containsKey("BYDAY")) {
      if (!freq.equals("WEEKLY")) {
        throw new IllegalArgumentException("BYDAY is supported with FREQ=WEEKLY only");
      }
      for (String d : parts.get("BYDAY").split(",")) {
        days.add(day(d.strip()));
      }
    }
    return new Recurrence(freq, interval, count, until, days, text);
  }

  private static ZonedDateTime until(String value, java.time.ZoneId zone) {
    if (value.length() == 8) {
      return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE)
          .atTime(23, 59, 59)
          .atZone(zone);
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    if (value.endsWith("Z")) {
      return LocalDateTime.parse(value.substring(0, value.length() - 1), f).atZone(ZoneOffset.UTC);
    }
    return LocalDateTime.parse(value, f).atZone(zone);
  }

  private static DayOfWeek day(String code) {
    return switch (code) {
      case "MO" -> DayOfWeek.MONDAY;
      case "TU" -> DayOfWeek.TUESDAY;
      case "WE" -> DayOfWeek.WEDNESDAY;
      case "TH" -> DayOfWeek.THURSDAY;
      case "FR" -> DayOfWeek.FRIDAY;
      case "SA" -> DayOfWeek.SATURDAY;
      case "SU" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("BYDAY takes MO to SU, not '" + code + "'");
    };
  }

  /**
   * The starts of the occurrences, the first one included, up to {@code limit} (exclusive) or the
   * rule's end.
   */
  List<ZonedDateTime> starts(ZonedDateTime first, ZonedDateTime limit) {
    List<ZonedDateTime> starts = new ArrayList<>();
    int produced = 0;
    for (int period = 0; produced < MAX_OCCURRENCES; period++) {
      List<ZonedDateTime> candidates = candidates(first, period);
      if (candidates.isEmpty() || candidates.get(0).isAfter(limit) && period > 0) {
        break;
      }
      for (ZonedDateTime c : candidates) {
        if (c.isBefore(first)) {
          continue;
        }
        if ((count != null && produced >= count) || (until != null && c.isAfter(until))) {
          return starts;
        }
        produced++;
        if (c.isBefore(limit)) {
          starts.add(c);
        }
      }
      if (!candidates.isEmpty() && candidates.get(candidates.size() - 1).isAfter(limit)) {
        break;
      }
    }
    return starts;
  }

  private List<ZonedDateTime> candidates(ZonedDateTime first, int period) {
    long step = (long) period * interval;
    // Adding to a ZonedDateTime adds to its local date and time: 10:00 stays 10:00.
    return switch (frequency) {
      case "DAILY" -> List.of(first.plusDays(step));
      case "MONTHLY" -> List.of(first.plusMonths(step));
      case "YEARLY" -> List.of(first.plusYears(step));
      default -> {
        if (byDay.isEmpty()) {
          yield List.of(first.plusWeeks(step));
        }
        ZonedDateTime weekStart =
            first.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ZonedDateTime> days = new ArrayList<>();
        for (DayOfWeek d : byDay) {
          days.add(
              weekStart.with(TemporalAdjusters.nextOrSame(d)).withZoneSameLocal(first.getZone()));
        }
        yield days;
      }
    };
  }
}
