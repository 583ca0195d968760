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
            .resolve("hub-core/hub-app/src/test/data/cacm")
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
    String extra = System.getProperty("hub.tune.variants", "");
    if (extra.isBlank()) {
      variants.put("default", Ranking.DEFAULT);
      variants.put("flat, lucene bm25", new Ranking(1f, 1f, 1f, 0f, 0f, 4, 1.2f, 0.75f));
      variants.put("flat, bm25 .9/.4", new Ranking(1f, 1f, 1f, 0f, 0f, 4, 0.9f, 0.4f));
      variants.put("title 2", new Ranking(2f, 1.5f, 1f, 0f, 0f, 4, 0.9f, 0.4f));
      variants.put("title 2, neutral .2", new Ranking(2f, 1.5f, 1f, 0.2f, 0f, 4, 0.9f, 0.4f));
      variants.put("title 2, proximity .3", new Ranking(2f, 1.5f, 1f, 0f, 0.3f, 4, 0.9f, 0.4f));
    } else {
      // name=title,summary,body,neutral,proximity,slop,k1,b;...
      for (String spec : extra.split(";")) {
        String[] nameAndValues = spec.split("=");
        String[] v = nameAndValues[1].split(",");
        variants.put(
            nameAndValues[0],
            new Ranking(
                Float.parseFloat(v[0]),
                Float.parseFloat(v[1]),
                Float.parseFloat(v[2]),
                Float.parseFloat(v[3]),
                Float.parseFloat(v[4]),
                Integer.parseInt(v[5]),
                Float.parseFloat(v[6]),
                Float.parseFloat(v[7])));
      }
    }
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
