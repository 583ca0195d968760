package eu.hub.plugins.events;

import eu.hub.api.content.PublishedItem;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published event, read from its item's fields. The start carries its time zone ({@code
 * 2027-03-09T10:00+01:00[Europe/Stockholm]}); an end without one is taken in the start's zone.
 */
record Event(
    String slug,
    String language,
    String title,
    String summary,
    String url,
    ZonedDateTime start,
    ZonedDateTime end,
    boolean allDay,
    Recurrence recurrence,
    List<ZonedDateTime> exceptions,
    String venue,
    String onlineLink,
    List<String> accessibility,
    String organiser,
    String project,
    OffsetDateTime published) {

  /** An event's occurrence: the event, and when this one starts and ends. */
  record Occurrence(Event event, ZonedDateTime start, ZonedDateTime end) {}

  /**
   * Reads an item.
   *
   * @throws IllegalArgumentException when its start or rule cannot be read
   */
  static Event of(PublishedItem item) {
    ZonedDateTime start = dateTime(Objects.requireNonNull(item.text("start"), "start"));
    String endText = item.text("end");
    ZonedDateTime end =
        endText == null ? null : dateTime(endText).withZoneSameInstant(start.getZone());
    String rule = item.text("recurrence");
    List<ZonedDateTime> exceptions = new ArrayList<>();
    for (String e : list(item.fields().get("exceptions"))) {
      exceptions.add(dateTime(e));
    }
    return new Event(
        item.slug(),
        item.language(),
        item.title(),
        item.summary(),
        item.url(),
        start,
        end,
        "true".equals(item.text("allDay")),
        rule == null || rule.isBlank() ? null : Recurrence.parse(rule, start.getZone()),
        List.copyOf(exceptions),
        item.text("venue"),
        item.text("onlineLink"),
        list(item.fields().get("accessibility")),
        item.text("organiser"),
        item.text("project"),
        item.publishedAt());
  }

  static ZonedDateTime dateTime(String text) {
    try {
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toZonedDateTime();
    }
  }

  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }

  /** How long each occurrence lasts: to the end, or a day for all-day events, else an hour. */
  Duration length() {
    if (end != null && end.isAfter(start)) {
      return Duration.between(start, end);
    }
    return allDay ? Duration.ofDays(1) : Duration.ofHours(1);
  }

  /** The occurrences that start before {@code limit}, without the exceptions. */
  List<Occurrence> occurrences(ZonedDateTime limit) {
    List<ZonedDateTime> starts =
        recurrence == null
            ? (start.isBefore(limit) ? List.of(start) : List.of())
            : recurrence.starts(start, limit);
    List<Occurrence> occurrences = new ArrayList<>();
    for (ZonedDateTime s : starts) {
      boolean excepted = exceptions.stream().anyMatch(x -> x.toInstant().equals(s.toInstant()));
      if (!excepted) {
        // The end keeps the same local length: a 10:00-12:00 meeting stays 10:00-12:00.
        ZonedDateTime e = end == null && !allDay ? null : s.plus(length());
        occurrences.add(new Occurrence(this, s, e));
      }
    }
    return occurrences;
  }
}
