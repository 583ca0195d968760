package eu.hub.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.hub.testkit.Http;
import eu.hub.testkit.HubProcess;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CACM relevance test through the Hub's real paths: the collection becomes a content folder,
 * {@code ./hub run} imports it, and the 52 judged queries go through {@code /api/search} over HTTP.
 * Then the index is deleted and the Hub restarted: it rebuilds the index from the database and
 * ranks exactly as before.
 */
class CacmThroughTheHubIT {

  private static final double MAP_FLOOR = 0.30;
  private static final int DEPTH = 1000;
  private static final int PAGE = 100;

  @TempDir Path work;

  @Test
  void theHubRanksCacmAsWellAsLuceneAndRanksTheSameAfterARebuild() throws Exception {
    Path folder =
        Path.of(System.getProperty("hub.home"))
            .resolve("hub-core/hub-app/src/test/data/cacm")
            .normalize();
    // Relevance does not depend on the database: measured once, on the embedded one.
    assumeTrue(
        !"postgres".equals(System.getProperty("hub.test.db")),
        "relevance is measured in the H2 run only");
    assertTrue(
        Files.isRegularFile(folder.resolve("cacm.tar.gz")),
        "CACM test collection not found at " + folder);
    CacmCollection cacm = CacmCollection.load(folder);
    Path content = work.resolve("content");
    cacm.writeContentFolder(content);

    try (HubProcess hub = new HubProcess(work.resolve("data"), content)) {
      long start = System.nanoTime();
      hub.start(Duration.ofMinutes(10));
      long startMillis = (System.nanoTime() - start) / 1_000_000;
      Map<String, List<String>> run = run(hub.http(), cacm, DEPTH / PAGE);
      TrecEval.Result result = TrecEval.evaluate(run, cacm.judgments());
      System.out.printf(
          "CACM through the Hub (import, /api/search over HTTP): MAP %.4f, P@30 %.4f over %d"
              + " queries (Lucene BM25 baseline: MAP 0.3123, P@30 0.1942); start with import of"
              + " %d documents %d ms%n",
          result.map(), result.p30(), result.queries(), cacm.documents().size(), startMillis);
      assertThat(result.queries()).isEqualTo(52);
      assertThat(result.map()).as("MAP through the Hub").isGreaterThanOrEqualTo(MAP_FLOOR);

      hub.stop();
      deleteFolder(work.resolve("data/index"));
      hub.start(Duration.ofMinutes(10));
      assertThat(hub.http().get("health/ready").body()).contains("\"searchIndex\":\"rebuilt\"");
      Map<String, List<String>> again = run(hub.http(), cacm, 1);
      for (String query : run.keySet()) {
        List<String> before = run.get(query).subList(0, Math.min(10, run.get(query).size()));
        List<String> after = again.get(query).subList(0, Math.min(10, again.get(query).size()));
        assertThat(after)
            .as("top 10 of query %s after rebuilding the index", query)
            .isEqualTo(before);
      }
    }
  }

  /** The ranked slugs of every judged query, {@code pages} pages of {@value #PAGE} deep. */
  private static Map<String, List<String>> run(Http http, CacmCollection cacm, int pages) {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (String query : cacm.judgments().keySet()) {
      List<String> ranked = new ArrayList<>();
      for (int page = 1; page <= pages; page++) {
        JsonObject results =
            http.json(
                "api/search?size="
                    + PAGE
                    + "&page="
                    + page
                    + "&q="
                    + URLEncoder.encode(cacm.topics().get(query), StandardCharsets.UTF_8));
        List<JsonObject> hits = results.getJsonArray("hits").getValuesAs(JsonObject.class);
        hits.forEach(h -> ranked.add(h.getString("slug")));
        if (hits.size() < PAGE) {
          break;
        }
      }
      run.put(query, ranked);
    }
    return run;
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
