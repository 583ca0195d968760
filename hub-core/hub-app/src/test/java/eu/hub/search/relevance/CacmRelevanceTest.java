package eu.hub.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hub.contentfolder.ContentFileException;
import eu.hub.contentfolder.MarkdownFile;
import eu.hub.search.SearchDocument;
import eu.hub.search.SearchHit;
import eu.hub.search.SearchIndex;
import eu.hub.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ranks the CACM collection with the Hub's search and compares it with the published Lucene BM25
 * baseline (MAP 0.3123, P@30 0.1942). The collection is in {@code
 * hub-core/hub-app/src/test/data/cacm}, a copy of the public collection kept in the repository.
 */
class CacmRelevanceTest {

  /** Below this the ranking got worse than Lucene's defaults: fail. */
  private static final double MAP_FLOOR = 0.30;

  @Test
  void theHubRanksCacmAtLeastAsWellAsTheLuceneBaseline() throws Exception {
    Path folder = collectionFolder();
    assertTrue(
        Files.isRegularFile(folder.resolve("cacm.tar.gz")),
        "CACM test collection not found at " + folder);
    CacmCollection cacm = CacmCollection.load(folder);
    assertThat(cacm.documents()).hasSize(3204);
    assertThat(cacm.judgments()).hasSize(52);

    try (SearchIndex index = SearchIndex.inMemory()) {
      long indexStart = System.nanoTime();
      index.upsertAll(asSearchDocuments(cacm.documents()));
      long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
      assertThat(index.count()).isEqualTo(3204);

      Map<String, List<String>> run = new LinkedHashMap<>();
      long[] firstPageMicros = new long[cacm.judgments().size()];
      int q = 0;
      for (String query : cacm.judgments().keySet()) {
        run.put(query, ranking(index, cacm.topics().get(query), firstPageMicros, q));
        q++;
      }
      run.values().forEach(slugs -> assertThat(slugs).doesNotHaveDuplicates());
      TrecEval.Result result = TrecEval.evaluate(run, cacm.judgments());
      Arrays.sort(firstPageMicros);
      long[] shortMicros = shortQueryMicros(index, cacm);
      System.out.printf(
          "CACM through SearchIndex: MAP %.4f, P@30 %.4f over %d judged queries"
              + " (baseline BM25: MAP 0.3123, P@30 0.1942); indexing %d ms;"
              + " first page of 10 for the topics: median %d µs, p90 %d µs, max %d µs;"
              + " for their first three words: median %d µs, p90 %d µs%n",
          result.map(),
          result.p30(),
          result.queries(),
          indexMillis,
          firstPageMicros[firstPageMicros.length / 2],
          firstPageMicros[firstPageMicros.length * 9 / 10],
          firstPageMicros[firstPageMicros.length - 1],
          shortMicros[shortMicros.length / 2],
          shortMicros[shortMicros.length * 9 / 10]);
      assertThat(result.map()).isGreaterThanOrEqualTo(MAP_FLOOR);
    }
  }

  /** Time for the first page of what a visitor types: each topic's first three words. */
  private static long[] shortQueryMicros(SearchIndex index, CacmCollection cacm) {
    List<String> queries = new ArrayList<>();
    for (String topic : cacm.topics().values()) {
      String[] words = topic.split(" ");
      queries.add(String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))));
    }
    queries.forEach(q -> index.search(SearchRequest.of(q)));
    long[] micros = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      index.search(SearchRequest.of(queries.get(i)));
      micros[i] = (System.nanoTime() - start) / 1_000;
    }
    Arrays.sort(micros);
    return micros;
  }

  /** The top 1,000 slugs for a topic, fetched page by page as the Hub's search pages them. */
  private static List<String> ranking(
      SearchIndex index, String topic, long[] firstPageMicros, int q) {
    long start = System.nanoTime();
    index.search(SearchRequest.of(topic));
    firstPageMicros[q] = (System.nanoTime() - start) / 1_000;
    List<String> slugs = new ArrayList<>();
    for (int page = 1; page <= TrecEval.DEPTH / SearchRequest.MAX_SIZE; page++) {
      List<SearchHit> hits =
          index.search(SearchRequest.of(topic).withPage(page, SearchRequest.MAX_SIZE)).hits();
      hits.forEach(hit -> slugs.add(hit.slug()));
      if (hits.size() < SearchRequest.MAX_SIZE) {
        break;
      }
    }
    return slugs;
  }

  /** The content files read as the content folder import reads them. */
  static List<SearchDocument> asSearchDocuments(List<CacmCollection.ContentFile> files)
      throws ContentFileException {
    List<SearchDocument> documents = new ArrayList<>();
    long id = 1;
    for (CacmCollection.ContentFile file : files) {
      MarkdownFile parsed = MarkdownFile.parse(file.markdown());
      Map<String, Object> fm = parsed.frontMatter();
      documents.add(
          new SearchDocument(
              id++,
              (String) fm.get("type"),
              (String) fm.get("slug"),
              (String) fm.get("language"),
              (String) fm.get("title"),
              null,
              parsed.body(),
              "/articles/" + fm.get("slug"),
              null,
              Map.of()));
    }
    return documents;
  }

  static Path collectionFolder() {
    String root = System.getProperty("hub.repository.root", ".");
    return Path.of(root)
        .toAbsolutePath()
        .resolve("hub-core/hub-app/src/test/data/cacm")
        .normalize();
  }
}
