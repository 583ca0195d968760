package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  private SearchIndex index;

  static SearchDocument item(
      long id,
      String type,
      String language,
      String title,
      String body,
      LocalDate published,
      Map<String, List<String>> facets) {
    String slug = "item-" + id;
    return new SearchDocument(
        id, type, slug, language, title, "", body, "/" + type + "/" + slug, published, facets);
  }

  static List<SearchDocument> corpus() {
    return List.of(
        item(
            1,
            "case-study",
            "en",
            "Smart parking in Gothenburg",
            "Sensors guide drivers to free parking spaces. The city reduced traffic in the centre.",
            LocalDate.of(2023, 5, 1),
            Map.of(
                "theme", List.of("mobility"),
                "country", List.of("SE"),
                "partner", List.of("gothenburg"))),
        item(
            2,
            "article",
            "en",
            "Open data for public procurement",
            "Procurement data published openly helps municipalities compare prices.",
            LocalDate.of(2024, 2, 1),
            Map.of("theme", List.of("open-data"), "country", List.of("FI"))),
        item(
            3,
            "case-study",
            "sv",
            "Kommuner som delar data",
            "Flera kommuner i Sverige delar öppna data om kollektivtrafik. Malmö leder arbetet.",
            LocalDate.of(2022, 9, 1),
            Map.of("theme", List.of("open-data", "mobility"), "country", List.of("SE"))),
        item(
            4,
            "article",
            "en",
            "Parking policy and city traffic",
            "A policy paper on traffic and parking rules in the city centre.",
            LocalDate.of(2021, 3, 1),
            Map.of("theme", List.of("mobility"), "country", List.of("NL"))),
        item(
            5,
            "article",
            "de",
            "Digitale Verwaltung in Städten",
            "Städte digitalisieren ihre Verwaltung und veröffentlichen offene Daten.",
            LocalDate.of(2024, 6, 1),
            Map.of("theme", List.of("digital-government"), "country", List.of("DE"))),
        item(
            6,
            "event",
            "fi",
            "Älykäs liikenne Helsingissä",
            "Helsingin kaupunki kokeilee älykästä pysäköintiä ja liikennettä.",
            LocalDate.of(2023, 11, 1),
            Map.of("theme", List.of("mobility"), "country", List.of("FI"))));
  }

  @BeforeEach
  void open() throws Exception {
    index = SearchIndex.inMemory();
    index.upsertAll(corpus());
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private List<Long> ids(SearchRequest request) {
    return index.search(request).hits().stream().map(SearchHit::id).toList();
  }

  private List<Long> ids(String q) {
    return ids(SearchRequest.of(q));
  }

  @Test
  void aMissingWordNeverEmptiesTheResults() {
    assertThat(ids("parking zeppelinfactory")).contains(1L, 4L);
  }

  @Test
  void aBlankQueryFindsEverything() {
    assertThat(index.search(SearchRequest.of("  ")).total()).isEqualTo(6);
  }

  @Test
  void aTitleMatchRanksAboveABodyMatch() {
    index.search(SearchRequest.of("policy"));
    assertThat(ids("policy")).first().isEqualTo(4L);
    assertThat(ids("gothenburg")).first().isEqualTo(1L);
  }

  @Test
  void facetsCountTheMatchingItems() {
    SearchResponse all = index.search(SearchRequest.of(""));
    assertThat(all.facets().get("type"))
        .containsExactlyInAnyOrder(
            new FacetCount("article", 3),
            new FacetCount("case-study", 2),
            new FacetCount("event", 1));
    assertThat(all.facets().get("theme")).contains(new FacetCount("mobility", 4));
    assertThat(all.facets().get("year")).contains(new FacetCount("2024", 2));
    assertThat(all.facets().get("language")).contains(new FacetCount("en", 3));

    SearchResponse parking = index.search(SearchRequest.of("parking"));
    assertThat(parking.facets().get("country"))
        .containsExactlyInAnyOrder(new FacetCount("SE", 1), new FacetCount("NL", 1));
  }

  @Test
  void filtersNarrowAndValuesOfOneFilterAreAlternatives() {
    assertThat(ids(SearchRequest.of("").withFilter("theme", "mobility").withPage(1, 100)))
        .containsExactlyInAnyOrder(1L, 3L, 4L, 6L);
    assertThat(
            ids(SearchRequest.of("").withFilter("theme", "mobility").withFilter("country", "SE")))
        .containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids(SearchRequest.of("").withFilter("country", "SE", "NL")))
        .containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(ids(SearchRequest.of("").withFilter("country", "nowhere"))).isEmpty();
  }

  @Test
  void aFilteredFacetKeepsCountingItsOtherValuesWhileOtherFacetsFollowTheFilter() {
    SearchResponse response = index.search(SearchRequest.of("").withFilter("country", "SE"));
    assertThat(response.total()).isEqualTo(2);
    // The filtered facet: counted as if unfiltered, so other countries can still be chosen.
    assertThat(response.facets().get("country"))
        .contains(new FacetCount("SE", 2), new FacetCount("FI", 2), new FacetCount("NL", 1));
    // The other facets: counted over the filtered results.
    assertThat(response.facets().get("type")).containsExactly(new FacetCount("case-study", 2));

    SearchResponse both =
        index.search(
            SearchRequest.of("").withFilter("country", "SE").withFilter("theme", "open-data"));
    assertThat(both.total()).isEqualTo(1);
    // country is counted with the theme filter only: open-data items are in SE and FI.
    assertThat(both.facets().get("country"))
        .containsExactlyInAnyOrder(new FacetCount("SE", 1), new FacetCount("FI", 1));
    // theme is counted with the country filter only: SE items have mobility and open-data.
    assertThat(both.facets().get("theme"))
        .containsExactlyInAnyOrder(new FacetCount("mobility", 2), new FacetCount("open-data", 1));
  }

  @Test
  void aQuotedPhraseFindsOnlyTheWordsTogether() {
    assertThat(ids("\"city centre\"")).containsExactly(4L);
    assertThat(ids("city centre")).containsExactlyInAnyOrder(1L, 4L);
    assertThat(ids("\"parking policy\"")).containsExactly(4L);
    assertThat(ids("\"policy parking\"")).isEmpty();
  }

  @Test
  void anExcludedWordRemovesItsItemsAndOnlyThose() {
    assertThat(ids("parking -policy")).containsExactly(1L);
    assertThat(ids("parking OR procurement")).containsExactlyInAnyOrder(1L, 2L, 4L);
    // A dash inside a word or standing alone is punctuation, not an exclusion.
    assertThat(ids("parking - policy")).contains(1L, 4L);
    assertThat(ids("parking-policy")).contains(4L);
  }

  @Test
  void malformedSyntaxIsReadAsWords() {
    for (String q :
        List.of(
            "\"parking",
            "parking)",
            "((parking",
            "parking |",
            "| parking",
            "parking~x",
            "*",
            "parking\\",
            "--parking",
            "parking^2",
            "title:parking",
            "[parking TO",
            "parking && policy",
            "C++ parking")) {
      assertThat(ids(q)).as(q).contains(4L);
    }
    // No words at all: like a blank query.
    for (String q : List.of("\"\"", "-", "()", "*", "|")) {
      assertThat(index.search(SearchRequest.of(q)).total()).as(q).isEqualTo(6);
    }
  }

  @Test
  void swedishWordsAreFoundInOtherForms() {
    assertThat(ids("kommunerna")).containsExactly(3L);
    assertThat(ids(SearchRequest.of("kommunen").inLanguage("sv"))).containsExactly(3L);
    // The Swedish fields only: an English item with the same word is not searched.
    assertThat(ids(SearchRequest.of("data").inLanguage("sv"))).containsExactly(3L);
  }

  @Test
  void accentsDoNotMatterForMatching() {
    assertThat(ids("malmo")).containsExactly(3L);
    assertThat(ids("stadten")).contains(5L);
    assertThat(ids("alykas")).contains(6L);
  }

  @Test
  void englishWordsAreStemmed() {
    assertThat(ids("municipality")).containsExactly(2L);
    assertThat(ids("sensor")).containsExactly(1L);
  }

  @Test
  void aTypoGetsASuggestionAndStillFindsTheItem() {
    SearchResponse response = index.search(SearchRequest.of("procurment"));
    assertThat(response.suggestion()).isEqualTo("procurement");
    assertThat(response.hits()).extracting(SearchHit::id).contains(2L);
    assertThat(index.search(SearchRequest.of("procurement")).suggestion()).isNull();
  }

  @Test
  void autocompleteOffersTitlesAndWordsAsYouType() {
    List<Suggestion> suggestions = index.suggest("park", 5);
    assertThat(suggestions)
        .extracting(Suggestion::text)
        .contains("Smart parking in Gothenburg", "Parking policy and city traffic", "parking");
    assertThat(suggestions)
        .filteredOn(s -> s.kind() == Suggestion.Kind.TITLE)
        .extracting(Suggestion::url)
        .contains("/case-study/item-1");
    // Infix: any word of the title, accents folded.
    assertThat(index.suggest("gothen", 5))
        .extracting(Suggestion::text)
        .contains("Smart parking in Gothenburg");
    assertThat(index.suggest("stadt", 5))
        .extracting(Suggestion::text)
        .contains("Digitale Verwaltung in Städten");
    assertThat(index.suggest("", 5)).isEmpty();
  }

  @Test
  void autocompleteFollowsWrites() throws Exception {
    index.upsert(item(7, "article", "en", "Zebra crossings", "Safer streets.", null, Map.of()));
    assertThat(index.suggest("zebr", 5)).extracting(Suggestion::text).contains("Zebra crossings");
    index.upsert(
        item(7, "article", "en", "Pedestrian crossings", "Safer streets.", null, Map.of()));
    assertThat(index.suggest("zebr", 5))
        .extracting(Suggestion::text)
        .doesNotContain("Zebra crossings");
    index.delete(7);
    assertThat(index.suggest("pedestr", 5)).isEmpty();
  }

  @Test
  void anUpsertIsFoundAsSoonAsTheCallReturns() throws Exception {
    index.upsert(
        item(8, "article", "en", "Quantum budgeting", "Participatory budgets.", null, Map.of()));
    assertThat(ids("quantum")).containsExactly(8L);
    index.upsert(
        item(8, "article", "en", "Citizen budgeting", "Participatory budgets.", null, Map.of()));
    assertThat(ids("quantum")).isEmpty();
    assertThat(ids("citizen")).containsExactly(8L);
    assertThat(index.count()).isEqualTo(7);
  }

  @Test
  void searchesRunWhileItemsAreWritten() throws Exception {
    List<SearchDocument> more = new ArrayList<>();
    for (long id = 100; id < 1300; id++) {
      more.add(
          item(id, "article", "en", "Bulk item " + id, "parking bulk text " + id, null, Map.of()));
    }
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    index.upsertAll(more);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    while (writer.isAlive()) {
      assertThat(index.search(SearchRequest.of("parking")).total()).isGreaterThanOrEqualTo(2);
    }
    writer.join();
    assertThat(index.search(SearchRequest.of("bulk")).total()).isEqualTo(1200);
  }

  @Test
  void aDeletedItemIsNoLongerFound() throws Exception {
    index.delete(2);
    assertThat(ids("procurement")).isEmpty();
    assertThat(index.ids()).containsExactlyInAnyOrder(1L, 3L, 4L, 5L, 6L);
    index.delete(999);
    assertThat(index.count()).isEqualTo(5);
    index.deleteAll();
    assertThat(index.count()).isZero();
    assertThat(index.suggest("park", 5)).isEmpty();
  }

  @Test
  void rebuildingFromTheSameDocumentsGivesTheSameTopResults() throws Exception {
    List<String> queries = List.of("parking city", "open data", "traffic", "kommuner", "");
    List<List<Long>> before = new ArrayList<>();
    for (String q : queries) {
      before.add(ids(q));
    }
    index.deleteAll();
    index.upsertAll(corpus());
    try (SearchIndex other = SearchIndex.inMemory()) {
      other.upsertAll(corpus());
      for (int i = 0; i < queries.size(); i++) {
        assertThat(ids(queries.get(i))).isEqualTo(before.get(i));
        assertThat(
                other.search(SearchRequest.of(queries.get(i))).hits().stream()
                    .map(SearchHit::id)
                    .toList())
            .isEqualTo(before.get(i));
      }
    }
  }

  @Test
  void facetCountsFollowEveryWriteThoughTheirStateIsKeptPerReader() throws Exception {
    // The facet ordinals are computed once per reader: the same answer while nothing changes...
    SearchResponse before = index.search(SearchRequest.of("parking"));
    assertThat(index.search(SearchRequest.of("parking")).facets()).isEqualTo(before.facets());
    assertThat(before.facets().get("theme")).doesNotContain(new FacetCount("parking-policy", 1));
    // ...and a new value counted as soon as a write makes a new reader, and after a commit.
    index.upsert(
        item(
            20,
            "article",
            "en",
            "Parking fees",
            "Parking fees in the centre.",
            null,
            Map.of("theme", List.of("parking-policy"))));
    assertThat(index.search(SearchRequest.of("parking")).facets().get("theme"))
        .contains(new FacetCount("parking-policy", 1));
    index.commit(Map.of());
    assertThat(index.search(SearchRequest.of("parking")).facets().get("theme"))
        .contains(new FacetCount("parking-policy", 1));
    index.delete(20);
    assertThat(index.search(SearchRequest.of("parking")).facets().get("theme"))
        .doesNotContain(new FacetCount("parking-policy", 1));
    assertThat(index.search(SearchRequest.of("parking")).facets()).isEqualTo(before.facets());
  }

  @Test
  void aBulkRebuildIsSearchableAndCompletableOnceFinished() throws Exception {
    index.deleteAll();
    index.bulkAdd(corpus());
    assertThat(index.count()).isZero();
    index.finishBulk();
    assertThat(index.count()).isEqualTo(corpus().size());
    assertThat(ids("parking")).contains(1L, 4L);
    assertThat(index.suggest("smart par", 5))
        .extracting(Suggestion::text)
        .contains("Smart parking in Gothenburg");
    // Adding the same ids again replaces them.
    index.bulkAdd(corpus());
    index.finishBulk();
    assertThat(index.count()).isEqualTo(corpus().size());
  }

  @Test
  void snippetsMarkTheWordsAndEscapeEverythingElse() throws Exception {
    index.upsert(
        item(
            9,
            "article",
            "en",
            "Unsafe body",
            "Watch out: <script>alert('x')</script> & <b>bold</b> claims about budgets.",
            null,
            Map.of()));
    SearchHit hit = index.search(SearchRequest.of("budgets")).hits().get(0);
    assertThat(hit.id()).isEqualTo(9L);
    assertThat(hit.snippet())
        .contains("<mark>budgets</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script")
        .doesNotContain("<b>");
    SearchHit parking = index.search(SearchRequest.of("parking spaces")).hits().get(0);
    assertThat(parking.snippet()).contains("<mark>parking");
  }

  @Test
  void markdownIsIndexedAsTheTextAReaderSees() throws Exception {
    index.upsert(
        item(
            10,
            "article",
            "en",
            "Links",
            "Read **the report** on [budgets](https://example.org/zorgwebsite).",
            null,
            Map.of()));
    assertThat(ids("zorgwebsite")).isEmpty();
    assertThat(index.search(SearchRequest.of("report")).hits().get(0).snippet())
        .contains("the <mark>report</mark> on budgets")
        .doesNotContain("**");
  }

  @Test
  void newestFirstSortsByDateAndRelevanceTiesPreferNewerItems() {
    assertThat(ids(SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST)))
        .containsExactly(5L, 2L, 6L, 1L, 3L, 4L);
    // Every item matches a blank query equally: newer first.
    assertThat(ids("")).containsExactly(5L, 2L, 6L, 1L, 3L, 4L);
  }

  @Test
  void pagesDoNotRepeatHits() {
    List<Long> first = ids(SearchRequest.of("").withPage(1, 4));
    List<Long> second = ids(SearchRequest.of("").withPage(2, 4));
    assertThat(first).hasSize(4);
    assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
  }

  @Test
  void relatedItemsShareWordsAndThemes() {
    List<SearchHit> related = index.related(1, 3);
    assertThat(related).extracting(SearchHit::id).doesNotContain(1L);
    assertThat(related.get(0).id()).isEqualTo(4L);
    assertThat(index.related(999, 3)).isEmpty();
  }

  @Test
  void aLongQueryOverManyLanguagesStillAnswers() throws Exception {
    long id = 100;
    for (String language : Languages.supported()) {
      index.upsert(
          item(
              id++,
              "article",
              language,
              "Parking " + language,
              "parking city traffic " + language,
              null,
              Map.of()));
    }
    String longQuery = "parking city traffic data policy ".repeat(30);
    assertThat(index.search(SearchRequest.of(longQuery)).total()).isGreaterThan(20);
    assertThat(index.search(SearchRequest.of("a b ".repeat(600) + "parking")).total())
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  void closingKeepsWritesAndStampsTheLayout(@TempDir Path folder) throws Exception {
    try (SearchIndex disk = SearchIndex.open(folder)) {
      disk.upsertAll(corpus());
    }
    try (SearchIndex disk = SearchIndex.open(folder)) {
      assertThat(disk.count()).isEqualTo(6);
      assertThat(disk.isSchemaCurrent()).isTrue();
    }
  }

  @Test
  void commitDataSurvivesAReopen(@TempDir Path folder) throws Exception {
    try (SearchIndex disk = SearchIndex.open(folder)) {
      assertThat(disk.commitData()).isEmpty();
      disk.upsertAll(corpus());
      disk.commit(Map.of("checksum", "abc123"));
    }
    try (SearchIndex disk = SearchIndex.open(folder)) {
      assertThat(disk.commitData())
          .containsEntry("checksum", "abc123")
          .containsEntry(SearchIndex.SCHEMA_KEY, SearchIndex.SCHEMA_VERSION);
      assertThat(disk.isSchemaCurrent()).isTrue();
      assertThat(disk.ids()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
      assertThat(disk.suggest("park", 5)).isNotEmpty();
      assertThat(disk.search(SearchRequest.of("kommunerna")).hits())
          .extracting(SearchHit::id)
          .containsExactly(3L);
    }
  }
}
