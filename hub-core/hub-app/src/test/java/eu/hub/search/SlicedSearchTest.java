package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search split into slices searched side by side must answer exactly as the same search in one
 * thread: the same hits in the same order with the same scores and snippets, the same totals,
 * facets and suggestions, also when one segment is split into ranges of documents.
 */
class SlicedSearchTest {

  private static final int DOCS = 3_000;
  private static final int SLICES = 3;
  private static ExecutorService threads;

  private static final Map<String, List<String>> WORDS =
      Map.of(
          "en",
          List.of(
              "digital",
              "services",
              "older",
              "people",
              "citizens",
              "budget",
              "participatory",
              "skills",
              "library",
              "council",
              "co-creation",
              "workshop",
              "accessible",
              "forms",
              "data",
              "open",
              "city",
              "young",
              "care",
              "training"),
          "sv",
          List.of(
              "digitala",
              "tjänster",
              "äldre",
              "kommunen",
              "medborgare",
              "budget",
              "delaktighet",
              "biblioteket",
              "verkstad",
              "tillgänglig",
              "öppna",
              "data",
              "staden",
              "unga",
              "vården",
              "utbildning"),
          "de",
          List.of(
              "digitale",
              "Verwaltung",
              "ältere",
              "Menschen",
              "Bürger",
              "Haushalt",
              "Beteiligung",
              "Bibliothek",
              "Werkstatt",
              "barrierefrei",
              "offene",
              "Daten",
              "Stadt",
              "Jugendliche",
              "Pflege"));

  @TempDir static Path folder;

  @BeforeAll
  static void buildOneIndexOfManySegmentsAndOneOfASingleSegment() throws Exception {
    threads = Executors.newFixedThreadPool(SLICES - 1);
    Random random = new Random(7);
    List<String> languages = List.of("en", "sv", "de");
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 1; i <= DOCS; i++) {
      String language = languages.get(i % languages.size());
      List<String> words = WORDS.get(language);
      docs.add(
          new SearchDocument(
              i,
              i % 4 == 0 ? "case-study" : "article",
              "doc-" + i,
              language,
              sentence(random, words, 4),
              sentence(random, words, 12),
              sentence(random, words, 60) + ". " + sentence(random, words, 60),
              "/doc-" + i,
              LocalDate.of(2020, 1, 1).plusDays(i % 1500),
              Map.of(
                  "theme",
                  List.of(i % 3 == 0 ? "inclusion" : "participation"),
                  "partner",
                  List.of("city-" + (i % 7)))));
    }
    // Written in small batches: several segments.
    try (SearchIndex index = SearchIndex.open(folder.resolve("many"))) {
      for (int i = 0; i < docs.size(); i += 250) {
        index.upsertAll(docs.subList(i, Math.min(i + 250, docs.size())));
      }
    }
    try (SearchIndex index = SearchIndex.open(folder.resolve("one"))) {
      index.upsertAll(docs);
    }
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(folder.resolve("one")), new IndexWriterConfig(Languages.perField()))) {
      writer.forceMerge(1);
    }
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  private static String sentence(Random random, List<String> words, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return out.toString();
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q :
        List.of(
            "",
            "digital services for older people",
            "\"participatory budget\"",
            "library -workshop",
            "digitala tjänster",
            "ältere Menschen Verwaltung",
            "acessible",
            "budget OR skills",
            "co-creation workshop with citizens")) {
      SearchRequest r = SearchRequest.of(q);
      requests.add(r);
      requests.add(r.withPage(3, 20));
      requests.add(r.withSort(SearchRequest.Sort.NEWEST));
      requests.add(r.withFilter("theme", "inclusion"));
      requests.add(r.withFilter("partner", "city-2", "city-5").withFilter("language", "en"));
      requests.add(r.inLanguage("sv"));
    }
    return requests;
  }

  private static List<SearchResponse> answers(SearchIndex index) {
    return requests().stream().map(index::search).toList();
  }

  private static void assertSlicedAnswersLikeOneThread(String name) throws Exception {
    Path path = folder.resolve(name);
    List<SearchResponse> inOneThread;
    try (SearchIndex plain = SearchIndex.open(path)) {
      assertThat(plain.searchSlices()).isEqualTo(1);
      inOneThread = answers(plain);
    }
    try (SearchIndex sliced =
        new SearchIndex(FSDirectory.open(path), Ranking.DEFAULT, threads, SLICES, 100)) {
      assertThat(sliced.searchSlices()).isGreaterThan(1);
      List<SearchResponse> inSlices = answers(sliced);
      for (int i = 0; i < inOneThread.size(); i++) {
        assertThat(inSlices.get(i)).as(requests().get(i).toString()).isEqualTo(inOneThread.get(i));
      }
    }
    assertThat(inOneThread.getFirst().total()).isEqualTo(DOCS);
    assertThat(inOneThread.get(1).hits()).isNotEmpty();
  }

  @Test
  void searchingSegmentsSideBySideGivesTheSameAnswers() throws Exception {
    assertSlicedAnswersLikeOneThread("many");
  }

  @Test
  void searchingRangesOfOneSegmentSideBySideGivesTheSameAnswers() throws Exception {
    assertSlicedAnswersLikeOneThread("one");
  }

  @Test
  void aSmallIndexIsSearchedInOneThread() throws Exception {
    try (SearchIndex small =
        new SearchIndex(
            FSDirectory.open(folder.resolve("many")),
            Ranking.DEFAULT,
            threads,
            SLICES,
            SearchIndex.PARALLEL_FROM)) {
      assertThat(small.searchSlices()).isEqualTo(1);
    }
  }
}
