package eu.hub.plugins.events;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes events as iCalendar (RFC 5545): one {@code VEVENT} per event with its recurrence rule and
 * exceptions, times in the event's own zone ({@code TZID}) with a {@code VTIMEZONE} for each zone
 * built from the JDK's rules, so that calendar programs keep recurring events at their local time
 * across daylight-saving changes.
 *
 * <p>Written here rather than with ical4j, which the Hub's plugin vetting refuses if a plugin
 * bundles it: ical4j 4.2 reads system properties and files (its configuration and zone data),
 * reaches class loaders ({@code Class.getClassLoader}, the thread's context loader) for its service
 * factories, and downloads time-zone updates ({@code URL.openConnection}); commons-lang3, which it
 * needs, is refused too. No capability covers the first two, and allowing one library's packages
 * would let any plugin hide code in them. {@code Ical4jVettingTest} in the Hub checks that this
 * still holds; the calendar's tests parse every feed back with ical4j.
 */
final class ICalendarWriter {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();
  private final String host;

  /**
   * @param host makes event UIDs unique to this Hub, for example {@code hub.example.eu}
   */
  ICalendarWriter(String host) {
    this.host = host;
  }

  /** A whole calendar of the events. */
  String calendar(String name, List<Event> events, String siteUrl) {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//The Hub//Event calendar plugin//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + text(name));
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (Event e : events) {
      if (!e.allDay() && !(e.start().getZone() instanceof ZoneOffset)) {
        zones.add(e.start().getZone());
      }
    }
    zones.forEach(z -> timeZone(z, events));
    for (Event e : events) {
      event(e, siteUrl);
    }
    line("END:VCALENDAR");
    return out.toString();
  }

  private void event(Event e, String siteUrl) {
    line("BEGIN:VEVENT");
    line("UID:" + e.slug() + "." + e.language() + "@" + host);
    line("DTSTAMP:" + UTC.format(e.published() == null ? ZonedDateTime.now() : e.published()));
    if (e.allDay()) {
      line("DTSTART;VALUE=DATE:" + DATE.format(e.start()));
      ZonedDateTime end = e.end() != null && e.end().isAfter(e.start()) ? e.end() : e.start();
      line("DTEND;VALUE=DATE:" + DATE.format(end.toLocalDate().plusDays(1)));
    } else {
      line(dateTime("DTSTART", e.start()));
      if (e.end() != null) {
        line(dateTime("DTEND", e.end()));
      }
    }
    if (e.recurrence() != null) {
      line("RRULE:" + e.recurrence().text());
      for (ZonedDateTime x : e.exceptions()) {
        line(
            e.allDay()
                ? "EXDATE;VALUE=DATE:" + DATE.format(x)
                : dateTime("EXDATE", x.withZoneSameInstant(e.start().getZone())));
      }
    }
    line("SUMMARY:" + text(e.title()));
    StringBuilder description = new StringBuilder();
    if (e.summary() != null) {
      description.append(e.summary());
    }
    if (!e.accessibility().isEmpty()) {
      description.append("\n\nAccessibility: ").append(String.join("; ", e.accessibility()));
    }
    if (e.onlineLink() != null) {
      description.append("\n\nOnline: ").append(e.onlineLink());
    }
    if (!description.isEmpty()) {
      line("DESCRIPTION:" + text(description.toString().strip()));
    }
    if (e.venue() != null) {
      line("LOCATION:" + text(e.venue()));
    } else if (e.onlineLink() != null) {
      line("LOCATION:" + text(e.onlineLink()));
    }
    line("URL:" + siteUrl + e.url());
    line("END:VEVENT");
  }

  private static String dateTime(String name, ZonedDateTime t) {
    if (t.getZone() instanceof ZoneOffset) {
      return name + ":" + UTC.format(t);
    }
    return name + ";TZID=" + t.getZone().getId() + ":" + LOCAL.format(t.toLocalDateTime());
  }

  /**
   * A VTIMEZONE: the zone's current yearly rules when it has them (STANDARD and DAYLIGHT with an
   * RRULE each), else its offset at the first event as a fixed STANDARD.
   */
  private void timeZone(ZoneId zone, List<Event> events) {
    ZoneRules rules = zone.getRules();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    if (yearly.size() == 2) {
      for (ZoneOffsetTransitionRule rule : yearly) {
        ZoneOffsetTransition t = rule.createTransition(1970);
        boolean daylight =
            t.getOffsetAfter().getTotalSeconds() > t.getOffsetBefore().getTotalSeconds();
        line(daylight ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD");
        line("DTSTART:" + LOCAL.format(t.getDateTimeBefore()));
        line("TZOFFSETFROM:" + offset(t.getOffsetBefore()));
        line("TZOFFSETTO:" + offset(t.getOffsetAfter()));
        line("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + byDay(rule));
        line(daylight ? "END:DAYLIGHT" : "END:STANDARD");
      }
    } else {
      ZonedDateTime first =
          events.stream()
              .filter(e -> e.start().getZone().equals(zone))
              .map(Event::start)
              .findFirst()
              .orElse(ZonedDateTime.now(zone));
      ZoneOffset o = rules.getOffset(first.toInstant());
      line("BEGIN:STANDARD");
      line("DTSTART:" + LOCAL.format(LocalDateTime.of(1970, 1, 1, 0, 0)));
      line("TZOFFSETFROM:" + offset(o));
      line("TZOFFSETTO:" + offset(o));
      line("END:STANDARD");
    }
    line("END:VTIMEZONE");
  }

  private static String byDay(ZoneOffsetTransitionRule rule) {
    DayOfWeek day = rule.getDayOfWeek();
    int indicator = rule.getDayOfMonthIndicator();
    if (day == null) {
      return ";BYMONTHDAY=" + indicator;
    }
    String code = day.name().substring(0, 2);
    if (indicator < 0) {
      // "On or before the last day": the last such weekday of the month.
      return ";BYDAY=-1" + code;
    }
    // "On or after day N": one of the seven days from N.
    StringBuilder days = new StringBuilder(";BYDAY=" + code + ";BYMONTHDAY=");
    for (int d = indicator; d < indicator + 7; d++) {
      days.append(d).append(d < indicator + 6 ? "," : "");
    }
    return days.toString();
  }

  private static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    return String.format(
        Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
  }

  private static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Ends the line with CRLF and folds it at 75 octets, never inside a UTF-8 sequence. */
  private void line(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      out.append(content).append("\r\n");
      return;
    }
    int octets = 0;
    int limit = 75;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append(current).append("\r\n ");
        current.setLength(0);
        octets = 0;
        limit = 74;
      }
      current.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append(current).append("\r\n");
  }
}
