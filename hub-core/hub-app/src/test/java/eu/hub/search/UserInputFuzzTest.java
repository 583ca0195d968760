package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing a visitor types may make search fail: every string of the Big List of Naughty Strings (in
 * {@code hub-core/hub-app/src/test/data/xss/blns.json}) as a query, a filter, a language, a
 * completion prefix, and as an item's text.
 */
class UserInputFuzzTest {

  private static List<String> naughtyStrings() throws Exception {
    Path file =
        Path.of(System.getProperty("hub.repository.root", "."))
            .toAbsolutePath()
            .resolve("hub-core/hub-app/src/test/data/xss/blns.json")
            .normalize();
    assertTrue(Files.isRegularFile(file), "naughty strings not found at " + file);
    List<String> strings = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file);
        var json = Json.createReader(reader)) {
      json.readArray().getValuesAs(JsonString.class).forEach(s -> strings.add(s.getString()));
    }
    return strings;
  }

  @Test
  void noNaughtyStringMakesSearchFail() throws Exception {
    List<String> strings = naughtyStrings();
    assertThat(strings).hasSizeGreaterThan(400);
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.upsertAll(SearchIndexTest.corpus());
      for (String s : strings) {
        assertThatCode(
                () -> {
                  SearchResponse response = index.search(SearchRequest.of(s));
                  response
                      .hits()
                      .forEach(hit -> assertThat(hit.snippet()).doesNotContain("<script"));
                  index.search(SearchRequest.of("parking " + s + " \"" + s));
                  index.search(SearchRequest.of(s).inLanguage(s).withFilter(s, s));
                  index.search(
                      SearchRequest.of(s)
                          .withFilter("theme", s)
                          .withSort(SearchRequest.Sort.NEWEST));
                  index.suggest(s, 5);
                })
            .as("query %s", s)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void noNaughtyStringMakesIndexingFailOrLeaksIntoSnippets() throws Exception {
    List<String> strings = naughtyStrings();
    try (SearchIndex index = SearchIndex.inMemory()) {
      List<SearchDocument> items = new ArrayList<>();
      long id = 1;
      for (String s : strings) {
        items.add(
            new SearchDocument(
                id++,
                s,
                s,
                s,
                s,
                s,
                "naughty " + s,
                s,
                null,
                Map.of(s.isEmpty() ? "empty" : s, List.of(s), "theme", List.of(s))));
      }
      index.upsertAll(items);
      assertThat(index.count()).isEqualTo(strings.size());
      for (SearchHit hit : index.search(SearchRequest.of("naughty").withPage(1, 100)).hits()) {
        assertThat(hit.snippet()).doesNotContain("<script").doesNotContain("<img");
      }
      for (String s : strings) {
        assertThatCode(
                () -> {
                  index.search(SearchRequest.of(s));
                  index.suggest(s, 5);
                })
            .as("query %s", s)
            .doesNotThrowAnyException();
      }
      for (long i = 1; i < id; i++) {
        index.related(i, 3);
      }
    }
  }
}
