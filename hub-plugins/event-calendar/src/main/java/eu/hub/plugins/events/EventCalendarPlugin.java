package eu.hub.plugins.events;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.web.AdminMenuEntry;
import eu.hub.api.web.PageRequest;
import eu.hub.api.web.PageResult;
import eu.hub.api.web.PageRoute;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event calendar: the event type, lists of upcoming and past events, a month view, and
 * iCalendar files for one event, all events and each partner's events.
 */
public final class EventCalendarPlugin implements HubPlugin {

  static final String CALENDAR = "text/calendar; charset=utf-8";

  private final Clock clock;
  private PluginContext context;

  /** The plugin as the Hub makes it, on the system clock. */
  public EventCalendarPlugin() {
    this(Clock.systemUTC());
  }

  EventCalendarPlugin(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("event")
            .label("Event", "Events")
            .urlSegment("events")
            .field(
                FieldDefinition.of("start", FieldKind.DATE_TIME)
                    .required()
                    .withLabel("Starts")
                    .dateFilter())
            .field(FieldDefinition.of("end", FieldKind.DATE_TIME).withLabel("Ends").dateFilter())
            .field(FieldDefinition.of("allDay", FieldKind.BOOLEAN).withLabel("All day"))
            .field(FieldDefinition.of("recurrence", FieldKind.RECURRENCE).withLabel("Repeats"))
            .field(
                FieldDefinition.of("exceptions", FieldKind.DATE_TIME)
                    .repeatable()
                    .withLabel("Except on"))
            .field(
                FieldDefinition.choice("format", List.of("in-person", "online", "hybrid"))
                    .withLabel("Format")
                    .facet())
            .field(FieldDefinition.text("venue").withLabel("Venue"))
            .field(FieldDefinition.of("onlineLink", FieldKind.URL).withLabel("Online link"))
            .field(FieldDefinition.text("accessibility").repeatable().withLabel("Accessibility"))
            .field(
                FieldDefinition.reference("organiser", "partner")
                    .withLabel("Organising partner")
                    .facet())
            .field(FieldDefinition.reference("project", "project").withLabel("Project").facet())
            .field(FieldDefinition.of("registration", FieldKind.URL).withLabel("Registration"))
            .field(FieldDefinition.of("capacity", FieldKind.NUMBER).withLabel("Places"))
            .build());
  }

  @Override
  public List<PageRoute> pages() {
    return List.of(
        new PageRoute("events/upcoming", this::upcoming),
        new PageRoute("events/past", this::past),
        new PageRoute("events/month", r -> month(r, YearMonth.now(clock))),
        new PageRoute("events/month/{month}", this::monthOf),
        new PageRoute("events/calendar.ics", r -> Optional.of(feed("All events", events()))),
        new PageRoute("events/partners/{file}", this::partnerFeed),
        new PageRoute("events/ics/{file}", this::oneEvent),
        new PageRoute("admin/event-calendar/overview", this::overview));
  }

  @Override
  public List<AdminMenuEntry> adminMenu() {
    return List.of(
        new AdminMenuEntry(
            context.messages().get("events.admin.title", "en"), "/admin/event-calendar/overview"));
  }

  /**
   * For editors: every published event with its first start and organiser, and the events left out
   * of the calendar because they do not read, with the reason.
   */
  private Optional<PageResult> overview(PageRequest request) {
    String language = request.language();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> problems = new ArrayList<>();
    for (PublishedItem item : context.content().published("event")) {
      try {
        Event e = Event.of(item);
        rows.add(
            Map.of(
                "title", e.title(),
                "url", e.url(),
                "language", e.language(),
                "when", EventViews.when(new Event.Occurrence(e, e.start(), e.end()), language),
                "recurring", e.recurrence() != null,
                "organiser", e.organiser() == null ? "" : e.organiser()));
      } catch (RuntimeException ex) {
        problems.add(
            Map.of(
                "title", item.title(),
                "slug", item.slug(),
                "problem", String.valueOf(ex.getMessage())));
      }
    }
    String title = context.messages().get("events.admin.title", language);
    return Optional.of(
        PageResult.page(
            "events-admin", title, Map.of("heading", title, "rows", rows, "problems", problems)));
  }

  private Optional<PageResult> upcoming(PageRequest request) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    List<Event.Occurrence> next =
        occurrences(now.plusYears(1)).stream()
            .filter(o -> !ends(o).isBefore(now))
            .sorted(Comparator.comparing(o -> o.start().toInstant()))
            .limit(100)
            .toList();
    return Optional.of(list(request, "upcoming", next));
  }

  private Optional<PageResult> past(PageRequest request) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    List<Event.Occurrence> before =
        occurrences(now).stream()
            .filter(o -> ends(o).isBefore(now))
            .sorted(Comparator.comparing((Event.Occurrence o) -> o.start().toInstant()).reversed())
            .limit(100)
            .toList();
    return Optional.of(list(request, "past", before));
  }

  private static ZonedDateTime ends(Event.Occurrence o) {
    return o.end() != null ? o.end() : o.start().plus(o.event().length());
  }

  private PageResult list(PageRequest request, String which, List<Event.Occurrence> occurrences) {
    String language = request.language();
    String title = context.messages().get("events." + which, language);
    return PageResult.page(
        "events-list",
        title,
        Map.of(
            "heading",
            title,
            "which",
            which,
            "occurrences",
            occurrences.stream().map(o -> EventViews.occurrence(o, language)).toList()));
  }

  private Optional<PageResult> monthOf(PageRequest request) {
    try {
      return month(request, YearMonth.parse(request.parameters().get("month")));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<PageResult> month(PageRequest request, YearMonth month) {
    if (month.getYear() < 1900 || month.getYear() > 2200) {
      return Optional.empty();
    }
    ZonedDateTime limit = month.plusMonths(1).atDay(1).plusDays(1).atStartOfDay(ZoneOffset.UTC);
    List<Event.Occurrence> inMonth =
        occurrences(limit).stream().filter(o -> YearMonth.from(o.start()).equals(month)).toList();
    Map<String, Object> view = MonthView.of(month, inMonth, request.language());
    return Optional.of(
        PageResult.page(
            "events-month", String.valueOf(view.get("caption")), Map.of("month", view)));
  }

  private Optional<PageResult> partnerFeed(PageRequest request) {
    String file = request.parameters().get("file");
    if (!file.endsWith(".ics")) {
      return Optional.empty();
    }
    String partner = file.substring(0, file.length() - 4);
    Optional<PublishedItem> organiser = context.content().published("partner", partner);
    if (organiser.isEmpty()) {
      return Optional.empty();
    }
    List<Event> theirs = events().stream().filter(e -> partner.equals(e.organiser())).toList();
    return Optional.of(feed("Events of " + organiser.get().title(), theirs));
  }

  private Optional<PageResult> oneEvent(PageRequest request) {
    String file = request.parameters().get("file");
    if (!file.endsWith(".ics")) {
      return Optional.empty();
    }
    String slug = file.substring(0, file.length() - 4);
    return events().stream()
        .filter(e -> e.slug().equals(slug) && e.language().equals("en"))
        .findFirst()
        .or(() -> events().stream().filter(e -> e.slug().equals(slug)).findFirst())
        .map(e -> feed(e.title(), List.of(e)));
  }

  private PageResult feed(String name, List<Event> events) {
    String site = context.settings().getOrDefault("site-url", "");
    String host = site.replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
    return PageResult.document(
        CALENDAR,
        new ICalendarWriter(host.isEmpty() ? "event-calendar.hub" : host)
            .calendar(name, events, site));
  }

  private List<Event.Occurrence> occurrences(ZonedDateTime limit) {
    List<Event.Occurrence> all = new ArrayList<>();
    for (Event e : events()) {
      all.addAll(e.occurrences(limit));
    }
    return all;
  }

  /** Every published event that reads; one that does not is logged and left out. */
  List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (PublishedItem item : context.content().published("event")) {
      try {
        events.add(Event.of(item));
      } catch (RuntimeException e) {
        context
            .logger()
            .log(
                System.Logger.Level.WARNING,
                "Event " + item.slug() + " left out of the calendar: " + e.getMessage());
      }
    }
    return events;
  }
}
