package eu.hub.plugins.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month as a table of weeks (Monday first), each day with the events that start on it in their
 * own time zone. Built as plain maps for the {@code events-month} template, which renders it as a
 * data table with a caption and column headers, so screen readers announce day and weekday.
 */
final class MonthView {

  private MonthView() {}

  static Map<String, Object> of(
      YearMonth month, List<Event.Occurrence> occurrences, String language) {
    Locale locale = EventViews.locale(language);
    Map<LocalDate, List<Map<String, Object>>> byDay = new LinkedHashMap<>();
    occurrences.stream()
        .sorted(Comparator.comparing(o -> o.start().toLocalDateTime()))
        .forEach(
            o ->
                byDay
                    .computeIfAbsent(o.start().toLocalDate(), d -> new ArrayList<>())
                    .add(EventViews.occurrence(o, language)));
    List<Map<String, Object>> weekdays = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays.add(
          Map.of(
              "short", d.getDisplayName(TextStyle.SHORT, locale),
              "long", d.getDisplayName(TextStyle.FULL, locale)));
    }
    List<List<Map<String, Object>>> weeks = new ArrayList<>();
    LocalDate first = month.atDay(1);
    LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
    while (!cursor.isAfter(month.atEndOfMonth())) {
      List<Map<String, Object>> week = new ArrayList<>();
      for (int i = 0; i < 7; i++, cursor = cursor.plusDays(1)) {
        Map<String, Object> cell = new LinkedHashMap<>();
        boolean inMonth = YearMonth.from(cursor).equals(month);
        cell.put("inMonth", inMonth);
        cell.put("day", cursor.getDayOfMonth());
        cell.put("date", cursor.toString());
        cell.put("label", DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(cursor));
        cell.put("events", inMonth ? byDay.getOrDefault(cursor, List.of()) : List.of());
        week.add(cell);
      }
      weeks.add(week);
    }
    String caption =
        month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("caption", caption.substring(0, 1).toUpperCase(locale) + caption.substring(1));
    view.put("month", month.toString());
    view.put("weekdays", weekdays);
    view.put("weeks", weeks);
    view.put("count", occurrences.size());
    view.put("previous", "/events/month/" + month.minusMonths(1));
    view.put("next", "/events/month/" + month.plusMonths(1));
    return view;
  }
}
