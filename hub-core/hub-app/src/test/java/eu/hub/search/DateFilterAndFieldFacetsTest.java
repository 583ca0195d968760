package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plugin fields become search facets and date filters through the API's marks alone: the index
 * knows nothing of events or offers.
 */
class DateFilterAndFieldFacetsTest {

  static final ContentType EVENT =
      ContentType.builder("event")
          .field(FieldDefinition.of("start", FieldKind.DATE_TIME).required().dateFilter())
          .field(FieldDefinition.of("end", FieldKind.DATE_TIME).dateFilter())
          .field(FieldDefinition.of("recurrence", FieldKind.RECURRENCE))
          .field(FieldDefinition.choice("format", List.of("online", "in-person")).facet())
          .field(FieldDefinition.reference("organiser", "partner").facet())
          .field(FieldDefinition.reference("venueItem", "place").facet())
          .field(
              FieldDefinition.text("teachingLanguage").repeatable().withLabel("Taught in").facet())
          .field(FieldDefinition.text("venue"))
          .field(FieldDefinition.text("from").facet())
          .build();

  static SearchDocument event(long id, String start, String end, String rule) {
    Map<String, Object> values =
        rule == null
            ? (end == null ? Map.of("start", start) : Map.of("start", start, "end", end))
            : Map.of("start", start, "recurrence", rule);
    SearchDocuments.FromFields f = SearchDocuments.FromFields.of(EVENT, values);
    return new SearchDocument(
        id,
        "event",
        "event-" + id,
        "en",
        "Event " + id,
        "",
        "",
        "/events/event-" + id,
        null,
        f.facets(),
        f.runsFrom(),
        f.runsTo());
  }

  @Test
  void fieldsMarkedAsFacetsAreFacetsByTheirNameWhateverTheirKind() {
    SearchDocuments.FromFields f =
        SearchDocuments.FromFields.of(
            EVENT,
            Map.of(
                "format", "online",
                "organiser", "gothenburg",
                "venueItem", "town-hall",
                "teachingLanguage", List.of("English", "Swedish"),
                "venue", "A library",
                "from", "x"));

    assertThat(f.facets())
        .containsEntry("format", List.of("online"))
        .containsEntry("venueItem", List.of("town-hall"))
        .containsEntry("teachingLanguage", List.of("English", "Swedish"))
        .as("partner references come from the item's links, as the core's do")
        .doesNotContainKey("organiser")
        .doesNotContainKey("partner")
        .as("an unmarked text is no facet")
        .doesNotContainKey("venue")
        .as("a field may not take a search parameter's name")
        .doesNotContainKey("from");
    assertThat(Facets.ofField(EVENT.field("organiser").orElseThrow())).isEqualTo("partner");
  }

  @Test
  void anEventRunsFromItsStartDayToItsEndDayInItsOwnZone() {
    SearchDocument e =
        event(
            1,
            "2026-12-31T23:30+01:00[Europe/Stockholm]",
            "2027-01-02T10:00+01:00[Europe/Stockholm]",
            null);

    assertThat(e.runsFrom()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(e.runsTo()).isEqualTo(LocalDate.of(2027, 1, 2));
  }

  @Test
  void aSeriesRunsToItsUntilOrItsCountOfPeriodsOrOnWithoutEnd() {
    LocalDate start = LocalDate.of(2027, 3, 9);

    assertThat(RunDays.lastOccurrence("FREQ=WEEKLY;UNTIL=20270430T120000Z", start))
        .isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(RunDays.lastOccurrence("FREQ=WEEKLY;COUNT=8", start))
        .isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(RunDays.lastOccurrence("FREQ=MONTHLY;INTERVAL=2;COUNT=3", start))
        .isEqualTo(LocalDate.of(2027, 9, 9));
    assertThat(RunDays.lastOccurrence("FREQ=WEEKLY", start)).isEqualTo(LocalDate.MAX);
    assertThat(RunDays.lastOccurrence("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2", start))
        .as("a rule that may skip periods")
        .isEqualTo(LocalDate.MAX);
    assertThat(RunDays.lastOccurrence("FREQ=WEEKLY;COUNT=lots", start)).isEqualTo(LocalDate.MAX);
  }

  @Test
  void aDateSearchKeepsWhatTakesPlaceInThePeriodAndLeavesOutWhatHasNoDates() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.upsertAll(
          List.of(
              event(1, "2026-12-10T10:00+01:00[Europe/Stockholm]", null, null),
              event(2, "2026-11-28T10:00Z[UTC]", "2026-12-02T16:00Z[UTC]", null),
              event(3, "2027-01-05T10:00+01:00[Europe/Stockholm]", null, null),
              event(4, "2026-10-06T10:00+02:00[Europe/Stockholm]", null, "FREQ=WEEKLY;COUNT=12"),
              event(5, "2026-01-06T10:00+01:00[Europe/Stockholm]", null, "FREQ=WEEKLY;COUNT=3"),
              new SearchDocument(
                  9, "article", "news", "en", "News", "", "", "/articles/news", null, Map.of())));
      index.commit(Map.of());

      SearchRequest december =
          SearchRequest.of("").during(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
      assertThat(ids(index.search(december)))
          .as("inside, overlapping the start, and a series still running")
          .containsExactlyInAnyOrder(1L, 2L, 4L);
      assertThat(ids(index.search(SearchRequest.of("").during(LocalDate.of(2027, 1, 1), null))))
          .containsExactly(3L);
      assertThat(ids(index.search(SearchRequest.of("").during(null, LocalDate.of(2026, 1, 31)))))
          .containsExactly(5L);
      assertThat(index.search(december.withFilter("type", "article")).total()).isZero();
      assertThat(ids(index.search(SearchRequest.of("")))).contains(9L);
    }
  }

  static List<Long> ids(SearchResponse response) {
    return response.hits().stream().map(SearchHit::id).toList();
  }
}
