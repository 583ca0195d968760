package eu.hub.plugins.events;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Occurrences as the plugin's templates see them: plain maps of text. */
final class EventViews {

  private EventViews() {}

  static Locale locale(String language) {
    return "sv".equals(language) ? Locale.forLanguageTag("sv") : Locale.UK;
  }

  static Map<String, Object> occurrence(Event.Occurrence o, String language) {
    Event e = o.event();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", e.title());
    view.put("summary", e.summary() == null ? "" : e.summary());
    view.put("url", e.url());
    view.put("ics", "/events/ics/" + e.slug() + ".ics");
    view.put(
        "datetime",
        e.allDay() ? o.start().toLocalDate().toString() : o.start().toOffsetDateTime().toString());
    view.put("when", when(o, language));
    view.put("time", e.allDay() ? "" : DateTimeFormatter.ofPattern("HH:mm").format(o.start()));
    view.put("venue", e.venue() == null ? "" : e.venue());
    view.put("online", e.onlineLink() == null ? "" : e.onlineLink());
    view.put("recurring", e.recurrence() != null);
    return view;
  }

  /** For example "Tuesday 9 March 2027, 10:00–12:00 (Europe/Stockholm)". */
  static String when(Event.Occurrence o, String language) {
    Locale locale = locale(language);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
    String text = day.format(o.start());
    if (o.event().allDay()) {
      return text;
    }
    text += ", " + time.format(o.start());
    if (o.end() != null) {
      text +=
          o.end().toLocalDate().equals(o.start().toLocalDate())
              ? "–" + time.format(o.end())
              : " – " + day.format(o.end()) + ", " + time.format(o.end());
    }
    // The zone's name at that moment: Central European Summer Time after the clock change.
    return text + " (" + DateTimeFormatter.ofPattern("zzzz", locale).format(o.start()) + ")";
  }
}
