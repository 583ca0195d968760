package eu.hub.benchmark;

import eu.hub.search.SearchDocument;
import eu.hub.search.SearchIndex;
import eu.hub.search.SearchRequest;
import eu.hub.search.SearchResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small harness to profile the search engine alone: indexes the benchmark corpus into a folder
 * (once; kept for the next run), then runs {@link Bench#QUERIES} for some rounds and prints each
 * query's median, the overall p50 and the hits. Run it under JFR to see where a query's time goes:
 * {@code java -XX:StartFlightRecording=... -cp ... eu.hub.benchmark.QueryProfile DOCS FOLDER
 * ROUNDS}.
 */
public final class QueryProfile {

  private QueryProfile() {}

  /** Every answer in full, to compare two versions of the engine: they must print the same. */
  private static void dump(SearchIndex index, Path file) throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    List<String> extra =
        List.of(
            "",
            "digital OR skills",
            "(older | young) people -chatbot",
            "digit*",
            "budget~",
            "\"digital skills\" -\"older people\"",
            "tjänster",
            "Verwaltung digitale ältere");
    for (String q : concat(Bench.QUERIES, extra)) {
      SearchRequest r = SearchRequest.of(q);
      requests.add(r);
      requests.add(r.withPage(3, 20));
      requests.add(r.withSort(SearchRequest.Sort.NEWEST));
      requests.add(r.withFilter("language", "sv", "de"));
      requests.add(r.withFilter("theme", "open-data").withFilter("language", "en"));
      requests.add(r.inLanguage("sv"));
      requests.add(r.inLanguage("xx"));
    }
    StringBuilder out = new StringBuilder();
    for (SearchRequest r : requests) {
      SearchResponse response = index.search(r);
      out.append("== ")
          .append(r.q())
          .append(' ')
          .append(new java.util.TreeMap<>(r.filters()))
          .append(' ')
          .append(r.sort())
          .append(' ')
          .append(r.page())
          .append(' ')
          .append(r.size())
          .append(' ')
          .append(r.language())
          .append('\n');
      out.append("total ")
          .append(response.total())
          .append(" suggestion ")
          .append(response.suggestion())
          .append('\n');
      response.hits().forEach(h -> out.append(h).append('\n'));
      new java.util.TreeMap<>(response.facets())
          .forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
    }
    Files.writeString(file, out);
    System.out.println("dumped " + requests.size() + " answers to " + file);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  public static void main(String[] args) throws Exception {
    int docs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path folder = Path.of(args.length > 1 ? args[1] : "target/profile-index-" + docs);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    boolean fresh = !Files.isDirectory(folder);
    Files.createDirectories(folder);
    // -Dslices=N splits each search into N parts as the Hub does on N cores (default: the cores).
    int slices = Integer.getInteger("slices", Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService threads =
        slices > 1 ? java.util.concurrent.Executors.newFixedThreadPool(slices - 1) : null;
    System.out.println("slices " + slices);
    try (SearchIndex index =
        threads == null ? SearchIndex.open(folder) : SearchIndex.open(folder, threads, slices)) {
      if (fresh || index.count() != docs) {
        index.deleteAll();
        List<SearchDocument> all =
            Corpus.generate(docs, 42).stream().map(Bench::searchDocument).toList();
        long t = System.nanoTime();
        for (int i = 0; i < all.size(); i += 500) {
          index.bulkAdd(all.subList(i, Math.min(i + 500, all.size())));
        }
        index.finishBulk();
        index.commit(Map.of());
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(
            Locale.ROOT, "indexed %,d in %,d ms (%.0f/s)%n", docs, ms, docs * 1000.0 / ms);
      }
      if (args.length > 3) {
        dump(index, Path.of(args[3]));
      }
      List<Double> all = new ArrayList<>();
      for (int warm = 0; warm < 2; warm++) {
        for (String q : Bench.QUERIES) {
          index.search(SearchRequest.of(q));
        }
      }
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      List<Double> cpus = new ArrayList<>();
      double[][] times = new double[Bench.QUERIES.size()][rounds];
      long[] totals = new long[Bench.QUERIES.size()];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < Bench.QUERIES.size(); i++) {
          long c = cpu.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          SearchResponse response = index.search(SearchRequest.of(Bench.QUERIES.get(i)));
          times[i][r] = (System.nanoTime() - t) / 1e6;
          cpus.add((cpu.getCurrentThreadCpuTime() - c) / 1e6);
          totals[i] = response.total();
          all.add(times[i][r]);
        }
      }
      for (int i = 0; i < Bench.QUERIES.size(); i++) {
        double[] t = times[i].clone();
        Arrays.sort(t);
        System.out.printf(
            Locale.ROOT, "%-45s %8.2f %8d%n", Bench.QUERIES.get(i), t[t.length / 2], totals[i]);
      }
      all.sort(null);
      cpus.sort(null);
      System.out.printf(
          Locale.ROOT,
          "CPU time per query: p50 %.2f ms, mean %.2f ms%n",
          cpus.get(cpus.size() / 2),
          cpus.stream().mapToDouble(Double::doubleValue).average().orElse(0));
      System.out.printf(
          Locale.ROOT,
          "p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n",
          all.get(all.size() / 2),
          all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)),
          all.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    } finally {
      if (threads != null) {
        threads.shutdownNow();
      }
    }
  }
}
