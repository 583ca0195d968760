package eu.hub.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.FieldKind;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.Contribution;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.web.PageRequest;
import eu.hub.api.web.PageResult;
import eu.hub.api.web.PageRoute;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventCalendarPluginTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /** 1 March 2027: before the weekly event and before summer time starts on 28 March. */
  final EventCalendarPlugin plugin =
      new EventCalendarPlugin(Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC));

  @BeforeAll
  static void noTimeZoneDownloads() {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  static PublishedItem event(String slug, Map<String, Object> fields) {
    return new PublishedItem(
        "event",
        slug,
        "en",
        "Example: " + slug,
        "A test event; with, punctuation",
        "/events/" + slug,
        OffsetDateTime.parse("2027-01-10T09:00Z"),
        fields);
  }

  static final PublishedItem WEEKLY =
      event(
          "weekly-drop-in",
          Map.of(
              "start", "2027-03-09T10:00+01:00[Europe/Stockholm]",
              "end", "2027-03-09T12:00+01:00[Europe/Stockholm]",
              "recurrence", "FREQ=WEEKLY;COUNT=6",
              "exceptions", List.of("2027-03-23T10:00+01:00[Europe/Stockholm]"),
              "venue", "Library, room 2",
              "organiser", "karlstad-university",
              "accessibility", List.of("Step-free access", "Hearing loop")));

  static final PublishedItem ALL_DAY =
      event(
          "open-day",
          Map.of(
              "start", "2027-03-15T00:00+01:00[Europe/Stockholm]",
              "allDay", true,
              "organiser", "angus-council"));

  void startWith(PublishedItem... items) {
    plugin.start(
        new FakeContext(
            List.of(
                items.length == 0 ? WEEKLY : items[0],
                items.length < 2 ? ALL_DAY : items[1],
                new PublishedItem(
                    "partner",
                    "karlstad-university",
                    "en",
                    "Karlstad University",
                    null,
                    "/partners/karlstad-university",
                    null,
                    Map.of()))));
  }

  PageResult get(String path) {
    for (PageRoute route : plugin.pages()) {
      String[] pattern = route.path().split("/");
      String[] segments = path.split("/");
      if (pattern.length != segments.length) {
        continue;
      }
      Map<String, String> parameters = new java.util.HashMap<>();
      boolean matches = true;
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i].startsWith("{")) {
          parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
        } else {
          matches &= pattern[i].equals(segments[i]);
        }
      }
      if (matches) {
        return route
            .handler()
            .handle(new PageRequest(path, parameters, Map.of(), "en"))
            .orElse(null);
      }
    }
    return null;
  }

  @Test
  void theDescriptorIsValidAndAsksOnlyToReadContent() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/hub-plugin.properties")) {
      PluginDescriptor d = PluginDescriptor.read(in, "event-calendar");
      assertThat(d.id()).isEqualTo("event-calendar");
      assertThat(d.entryClass()).isEqualTo(EventCalendarPlugin.class.getName());
      assertThat(d.capabilities()).containsExactly(Capability.CONTENT_READ);
      assertThat(d.contributes(Contribution.PAGES)).isTrue();
      assertThat(d.version()).doesNotContain("${");
    }
  }

  @Test
  void declaresTheEventTypeWithItsOrganiserAsAFacet() {
    var event = plugin.contentTypes().get(0);
    assertThat(event.name()).isEqualTo("event");
    assertThat(event.field("start").orElseThrow().kind()).isEqualTo(FieldKind.DATE_TIME);
    assertThat(event.field("start").orElseThrow().isRequired()).isTrue();
    assertThat(event.field("organiser").orElseThrow().isFacet()).isTrue();
  }

  @Test
  void aWeeklyEventKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
    Event weekly = Event.of(WEEKLY);

    List<Event.Occurrence> occurrences = weekly.occurrences(ZonedDateTime.now().plusYears(5));

    assertThat(occurrences)
        .extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2027-03-09", "2027-03-16", "2027-03-30", "2027-04-06", "2027-04-13");
    assertThat(occurrences)
        .allSatisfy(o -> assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    assertThat(occurrences.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(occurrences.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(occurrences.get(2).end().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
  }

  @Test
  void theICalendarFileParsesWithIcal4jAndItsOccurrencesKeepTheirLocalTime() throws Exception {
    startWith();
    PageResult ics = get("events/ics/weekly-drop-in.ics");

    assertThat(ics.mediaType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    List<VEvent> events =
        calendar.getComponents().stream()
            .filter(VEvent.class::isInstance)
            .map(VEvent.class::cast)
            .toList();
    assertThat(events).hasSize(1);
    VEvent vevent = events.get(0);
    assertThat(vevent.getSummary().getValue()).isEqualTo("Example: weekly-drop-in");
    Set<Period<ZonedDateTime>> periods =
        vevent.calculateRecurrenceSet(
            new Period<>(
                ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, STOCKHOLM),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, STOCKHOLM)));
    List<ZonedDateTime> starts =
        periods.stream()
            .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(STOCKHOLM))
            .sorted()
            .toList();
    assertThat(starts)
        .extracting(s -> s.toLocalDate().toString())
        .containsExactly("2027-03-09", "2027-03-16", "2027-03-30", "2027-04-06", "2027-04-13");
    assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
  }

  @Test
  void theFeedHasEveryEventAndAPartnersFeedOnlyTheirs() throws Exception {
    startWith();

    Calendar all = new CalendarBuilder().build(new StringReader(get("events/calendar.ics").body()));
    Calendar karlstad =
        new CalendarBuilder()
            .build(new StringReader(get("events/partners/karlstad-university.ics").body()));

    assertThat(all.getComponents().stream().filter(VEvent.class::isInstance)).hasSize(2);
    assertThat(karlstad.getComponents().stream().filter(VEvent.class::isInstance)).hasSize(1);
    assertThat(get("events/partners/nobody.ics")).isNull();
    assertThat(get("events/ics/nothing.ics")).isNull();
  }

  @Test
  void longNonAsciiTextIsFoldedAndEscapedAndReadsBackWhole() throws Exception {
    String title =
        "Exempel: öppet hus för digitala färdigheter; kaffe, fika och frågor om e-tjänster"
            + " på biblioteket i Jönköpings län";
    Map<String, Object> fields =
        Map.of("start", "2027-05-04T14:00+02:00[Europe/Stockholm]", "venue", "Bibliotek, sal 2");
    PublishedItem swedish =
        new PublishedItem(
            "event",
            "oppet-hus",
            "sv",
            title,
            "Rad ett\nrad två",
            "/events/oppet-hus?lang=sv",
            null,
            fields);
    plugin.start(new FakeContext(List.of(swedish)));

    String ics = get("events/calendar.ics").body();

    assertThat(ics.split("\r\n"))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    VEvent read =
        (VEvent)
            new CalendarBuilder()
                .build(new StringReader(ics)).getComponents().stream()
                    .filter(VEvent.class::isInstance)
                    .findFirst()
                    .orElseThrow();
    assertThat(read.getSummary().getValue()).isEqualTo(title);
    assertThat(read.getLocation().getValue()).isEqualTo("Bibliotek, sal 2");
    assertThat(read.getDescription().getValue()).isEqualTo("Rad ett\nrad två");
  }

  @Test
  void theMonthViewPutsEachOccurrenceOnItsLocalDay() {
    startWith();

    PageResult march = get("events/month/2027-03");

    assertThat(march.template()).isEqualTo("events-month");
    assertThat(march.title()).isEqualTo("March 2027");
    @SuppressWarnings("unchecked")
    Map<String, Object> month = (Map<String, Object>) march.data().get("month");
    assertThat(month.get("count")).isEqualTo(4);
    @SuppressWarnings("unchecked")
    List<List<Map<String, Object>>> weeks = (List<List<Map<String, Object>>>) month.get("weeks");
    Map<String, Object> the30th =
        weeks.stream()
            .flatMap(List::stream)
            .filter(c -> c.get("date").equals("2027-03-30"))
            .findFirst()
            .orElseThrow();
    assertThat(the30th.get("events").toString()).contains("time=10:00");
    assertThat(get("events/month/2027-13")).isNull();
  }

  @Test
  void upcomingListsOccurrencesInOrderAndPastIsEmptyBeforeAnything() {
    startWith();

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> upcoming =
        (List<Map<String, Object>>) get("events/upcoming").data().get("occurrences");
    assertThat(upcoming)
        .extracting(o -> o.get("datetime").toString().substring(0, 10))
        .startsWith("2027-03-09", "2027-03-15", "2027-03-16");
    assertThat((List<?>) get("events/past").data().get("occurrences")).isEmpty();
  }
}
