package eu.hub.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.hub.contentfolder.MarkdownFile;
import eu.hub.search.relevance.CacmCollection;
import eu.hub.search.relevance.TrecEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Compares ranking weights on CACM; run with {@code -Dhub.tune=true} when changing {@link Ranking}.
 * Prints one line per variant.
 */
@EnabledIfSystemProperty(named = "hub.tune", matches = "true")
class RankingTuningTest {

  @Test
  void printsMapForEachRankingVariant() throws Exception {
    Path folder =
        Path.of(System.getProperty("hub.repository.root", "."))
            .toAbsolutePath()
            .resolve("../shared/data/cacm")
            .normalize();
    assumeTrue(Files.isRegularFile(folder.resolve("cacm.tar.gz")), "no CACM collection");
    CacmCollection cacm = CacmCollection.load(folder);
    List<SearchDocument> docs = new ArrayList<>();
    long id = 1;
    for (CacmCollection.ContentFile file : cacm.documents()) {
      MarkdownFile parsed = MarkdownFile.parse(file.markdown());
      docs.add(
          new SearchDocument(
              id++,
              "article",
              file.slug(),
              "en",
              (String) parsed.frontMatter().get("title"),
              null,
              parsed.body(),
              "/" + file.slug(),
              null,
              Map.of()));
    }
    Map<String, Ranking> variants = new LinkedHashMap<>();
    String only = System.getProperty("hub.tune.only", "");
    variants.put("default", Ranking.DEFAULT);
    variants.put("flat, lucene bm25, no extras", new Ranking(1f, 1f, 1f, 0f, 0f, 4, 1.2f, 0.75f));
    variants.put("flat, anserini bm25, no extras", new Ranking(1f, 1f, 1f, 0f, 0f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, no neutral, no proximity", new Ranking(2f, 1.5f, 1f, 0f, 0f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, neutral .2, no proximity", new Ranking(2f, 1.5f, 1f, 0.2f, 0f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, no neutral, proximity .3", new Ranking(2f, 1.5f, 1f, 0f, 0.3f, 4, 0.9f, 0.4f));
    variants.put(
        "title 3, neutral .2, proximity .3", new Ranking(3f, 2f, 1f, 0.2f, 0.3f, 4, 0.9f, 0.4f));
    variants.put(
        "title 1.5, neutral .2, proximity .3",
        new Ranking(1.5f, 1.2f, 1f, 0.2f, 0.3f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, neutral .5, proximity .3", new Ranking(2f, 1.5f, 1f, 0.5f, 0.3f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, neutral .2, proximity .6", new Ranking(2f, 1.5f, 1f, 0.2f, 0.6f, 4, 0.9f, 0.4f));
    variants.put(
        "title 2, neutral .2, proximity .3 slop 8",
        new Ranking(2f, 1.5f, 1f, 0.2f, 0.3f, 8, 0.9f, 0.4f));
    variants.put(
        "title 2, neutral .2, proximity .3, lucene bm25",
        new Ranking(2f, 1.5f, 1f, 0.2f, 0.3f, 4, 1.2f, 0.75f));
    for (Map.Entry<String, Ranking> variant : variants.entrySet()) {
      if (!only.isEmpty() && !variant.getKey().contains(only)) {
        continue;
      }
      try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory(), variant.getValue())) {
        index.upsertAll(docs);
        Map<String, List<String>> run = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (String q : cacm.judgments().keySet()) {
          List<String> slugs = new ArrayList<>();
          for (int page = 1; page <= 10; page++) {
            List<SearchHit> hits =
                index.search(SearchRequest.of(cacm.topics().get(q)).withPage(page, 100)).hits();
            hits.forEach(h -> slugs.add(h.slug()));
            if (hits.size() < 100) {
              break;
            }
          }
          run.put(q, slugs);
        }
        TrecEval.Result result = TrecEval.evaluate(run, cacm.judgments());
        System.out.printf(
            "%-50s MAP %.4f P@30 %.4f (%d ms)%n",
            variant.getKey(), result.map(), result.p30(), (System.nanoTime() - start) / 1_000_000);
      }
    }
  }
}
