package eu.hub.benchmark;

import eu.hub.content.ItemPaths;
import eu.hub.content.Slugs;
import eu.hub.search.SearchDocument;
import eu.hub.search.SearchIndex;
import eu.hub.search.SearchRequest;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The search benchmark: the Hub over HTTP against the same search index in-process and against
 * PostgreSQL full-text search, on one generated corpus, in one run. See the README's "Performance"
 * section; {@code ./hub benchmark --help} lists the options.
 */
public final class Bench {

  /** The fixed queries: questions, two-word queries, phrases, other languages, typos. */
  static final List<String> QUERIES =
      List.of(
          "how can older people learn digital skills",
          "what is participatory budgeting",
          "co-creation of public services with citizens",
          "digital inclusion for people with disabilities",
          "how did the city involve young people in the budget process",
          "chatbot for public services",
          "welfare technology in care homes",
          "training programme for job seekers",
          "accessibility audit of online forms",
          "trust in government and local democracy",
          "participatory budgeting",
          "digital skills",
          "living lab",
          "older people",
          "open data",
          "rural broadband",
          "citizen panel",
          "library app",
          "\"participatory budget\"",
          "\"digital skills\" older",
          "\"living lab\" municipality",
          "\"public participation\"",
          "digital services -chatbot",
          "digitala tjänster för äldre",
          "medborgardialog kommun",
          "Bürgerbeteiligung ältere Menschen",
          "digitale Verwaltung",
          "budget participatif",
          "digitaaliset palvelut ikäihmiset",
          "particpatory budgetting",
          "acessibility");

  private final Options o;
  private final StringBuilder out = new StringBuilder();

  private Bench(Options o) {
    this.o = o;
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    if (o == null) {
      return;
    }
    new Bench(o).run();
  }

  // ---------------------------------------------------------------------------------------------

  private void run() throws Exception {
    Files.createDirectories(o.work);
    line("Hub search benchmark, " + ZonedDateTime.now().withNano(0));
    line(
        "Machine: %d cores (available to this JVM), load average at start %.2f; Java %s",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.version"));
    line(
        "Corpus: %,d documents, seed %d; %d queries; %d warm-up + %d timed rounds per system,"
            + " then %d threads for %d s",
        o.docs, o.seed, QUERIES.size(), o.warmup, o.rounds, o.threads, o.seconds);
    line("");

    // 1. The corpus, as a content folder.
    long t = System.nanoTime();
    List<Corpus.Doc> docs = Corpus.generate(o.docs, o.seed);
    Path content = o.work.resolve("content");
    Corpus.writeContentFolder(docs, content);
    long chars = docs.stream().mapToLong(d -> d.body().length()).sum();
    progress(
        "corpus: %,d documents (%s of text, %.0f characters per body) written to %s in %d ms",
        docs.size(), bytes(chars), (double) chars / docs.size(), content, ms(t));

    // 2. Raw Lucene in-process: the same SearchIndex the Hub uses, in this JVM.
    Path rawFolder = o.work.resolve("raw-index");
    deleteFolder(rawFolder);
    Files.createDirectories(rawFolder);
    List<SearchDocument> searchDocs = docs.stream().map(Bench::searchDocument).toList();
    // Same settings as the Hub: each search split across the machine's cores.
    int slices = Runtime.getRuntime().availableProcessors();
    java.util.concurrent.ExecutorService searchThreads =
        slices > 1 ? java.util.concurrent.Executors.newFixedThreadPool(slices - 1) : null;
    try (SearchIndex index =
        searchThreads == null
            ? SearchIndex.open(rawFolder)
            : SearchIndex.open(rawFolder, searchThreads, slices)) {
      t = System.nanoTime();
      // The way the Hub rebuilds its index: bulk adds in batches, one refresh, one commit.
      for (int i = 0; i < searchDocs.size(); i += 500) {
        index.bulkAdd(searchDocs.subList(i, Math.min(i + 500, searchDocs.size())));
      }
      index.finishBulk();
      index.commit(Map.of());
      long rawMs = ms(t);
      double rawRate = docs.size() * 1000.0 / rawMs;
      long rawIndexBytes = folderSize(rawFolder);
      progress(
          "raw Lucene: indexed %,d documents in %,d ms (%.0f documents/s), index %s",
          docs.size(), rawMs, rawRate, bytes(rawIndexBytes));
      searchDocs = null;

      // 3. The Hub: import, heap, index size.
      HubRun hub = startHub(content);
      try {
        hub.awaitReady(o);
        hub.readLog();
        hub.heapUsed = hub.heap();
        hub.heapAfterGc = hub.heapAfterGc();
        hub.indexBytes = folderSize(o.work.resolve("hub-data/index"));
        progress(
            "Hub: content folder %,d added in %,d ms, index %s %,d items in %,d ms; ready %,d ms"
                + " after JVM start; searchDocuments %s; heap used %s (%s after a full GC);"
                + " index %s",
            hub.added,
            hub.importMs,
            hub.indexAction,
            hub.indexedItems,
            hub.indexMs,
            hub.readyMs,
            hub.searchDocuments,
            bytes(hub.heapUsed),
            bytes(hub.heapAfterGc),
            bytes(hub.indexBytes));

        // 4. PostgreSQL full-text search on the same documents.
        Pg pg = new Pg(o);
        pg.load(docs);
        progress(
            "PostgreSQL: loaded %,d rows in %,d ms, GIN index in %,d ms (%.0f documents/s"
                + " together), table %s, GIN index %s",
            docs.size(),
            pg.loadMs,
            pg.indexMs,
            docs.size() * 1000.0 / (pg.loadMs + pg.indexMs),
            bytes(pg.tableBytes),
            bytes(pg.indexBytes));

        // 5. Queries: the systems take turns, query by query, so that they share the machine's
        // noise (other work on it) alike; then each alone under concurrent load.
        Map<String, Supplier<Searcher>> systems = new LinkedHashMap<>();
        systems.put(RAW, () -> q -> index.search(SearchRequest.of(q)).total());
        systems.put(HUB, () -> hub::search);
        systems.put(LIVE, () -> q -> hub.live());
        systems.put(PG_AND, () -> pg.session(Pg.SEARCH));
        systems.put(PG_OR, () -> pg.session(Pg.SEARCH_OR));
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        for (var e : systems.entrySet()) {
          Map<String, Long> byQuery = new LinkedHashMap<>();
          try (Searcher s = e.getValue().get()) {
            for (String q : QUERIES) {
              byQuery.put(q, s.search(q));
            }
          }
          totals.put(e.getKey(), byQuery);
        }
        Map<String, Stats> latency = latency(systems);
        Map<String, Double> qps = new LinkedHashMap<>();
        for (String name : List.of(RAW, HUB, PG_AND, PG_OR)) {
          qps.put(name, throughput(name, systems.get(name)));
        }
        report(docs.size(), rawRate, rawIndexBytes, hub, pg, latency, qps, totals);
      } finally {
        hub.stop();
      }
    } finally {
      if (searchThreads != null) {
        searchThreads.shutdownNow();
      }
    }
  }

  static final String RAW = "raw Lucene in-process (SearchIndex.search)";
  static final String HUB = "Hub over HTTP (GET /api/search)";
  static final String LIVE = "Hub cheapest round trip (GET /health/live)";
  static final String PG_AND = "PostgreSQL FTS, websearch_to_tsquery (AND)";
  static final String PG_OR = "PostgreSQL FTS, words OR-ed like the Hub";

  private void report(
      int n,
      double rawRate,
      long rawIndexBytes,
      HubRun hub,
      Pg pg,
      Map<String, Stats> lat,
      Map<String, Double> qps,
      Map<String, Map<String, Long>> totals)
      throws IOException {
    double hubRate = hub.added * 1000.0 / (hub.importMs + hub.indexMs);
    double hubFolderRate = hub.added * 1000.0 / hub.importMs;
    line("");
    line("== Indexing (%,d documents) ==", n);
    line("%-54s %12s", "", "documents/s");
    line("%-54s %12.0f", "raw Lucene in-process (SearchIndex.bulkAdd, commit)", rawRate);
    line("%-54s %12.0f", "Hub import: content folder + index rebuild", hubRate);
    line("%-54s %12.0f", "  of which content folder alone (files -> database)", hubFolderRate);
    line(
        "%-54s %12.0f",
        "PostgreSQL: COPY + generated tsvector + GIN index", n * 1000.0 / (pg.loadMs + pg.indexMs));
    line(
        "Hub import: %,d added in %,d ms, index %s %,d items in %,d ms, ready %,d ms after JVM"
            + " start; searchDocuments %s",
        hub.added,
        hub.importMs,
        hub.indexAction,
        hub.indexedItems,
        hub.indexMs,
        hub.readyMs,
        hub.searchDocuments);
    line("");
    line("== Queries (%d queries, top 10 with total count) ==", QUERIES.size());
    line("%-44s %9s %9s %9s %10s", "", "p50 ms", "p99 ms", "mean ms", "queries/s");
    for (var e : lat.entrySet()) {
      row(e.getKey(), e.getValue(), qps.getOrDefault(e.getKey(), Double.NaN));
    }
    line(
        "Latency: %d warm-up and %d timed rounds of every query, sequential, one connection,"
            + " the systems taking turns query by query; queries/s: %d threads for %d s, each"
            + " system alone.",
        o.warmup, o.rounds, o.threads, o.seconds);
    line("");
    line("== Memory and disk ==");
    line(
        "Hub heap used after import:      %s (%s after a full GC)",
        bytes(hub.heapUsed), bytes(hub.heapAfterGc));
    line("Hub index on disk (DATA/index):  %s", bytes(hub.indexBytes));
    line("raw Lucene index on disk:        %s", bytes(rawIndexBytes));
    line(
        "PostgreSQL table (with TOAST):   %s, GIN index %s",
        bytes(pg.tableBytes), bytes(pg.indexBytes));
    line("");
    line("== Targets ==");
    Stats raw = lat.get(RAW);
    Stats hubStats = lat.get(HUB);
    Stats live = lat.get(LIVE);
    double bound = 3 * raw.p50() + live.p50();
    target(
        String.format(
            Locale.ROOT,
            "Hub p50 over HTTP <= 3 x raw p50 + /health/live p50: %.2f ms <= 3 x %.2f + %.2f"
                + " = %.2f ms (Hub/raw %.2fx)",
            hubStats.p50(),
            raw.p50(),
            live.p50(),
            bound,
            hubStats.p50() / raw.p50()),
        hubStats.p50() <= bound);
    for (String pgName : List.of(PG_AND, PG_OR)) {
      double ratio = lat.get(pgName).p50() / hubStats.p50();
      target(
          String.format(
              Locale.ROOT,
              "Hub p50 >= 5x faster than %s p50: %.2f ms vs %.2f ms = %.2fx",
              pgName,
              hubStats.p50(),
              lat.get(pgName).p50(),
              ratio),
          ratio >= 5);
    }
    target(
        String.format(
            Locale.ROOT,
            "Hub import >= 1/3 of raw Lucene's rate: %.0f vs %.0f documents/s = 1/%.2f",
            hubRate,
            rawRate,
            rawRate / hubRate),
        hubRate * 3 >= rawRate);
    line("");
    line("== Per query: median ms and total hits ==");
    line(
        "%-40s %7s %7s %7s %7s %7s %7s %7s %7s",
        "query", "raw", "Hub", "PG and", "PG or", "raw n", "Hub n", "PGand n", "PGor n");
    for (String q : QUERIES) {
      line(
          "%-40s %7.2f %7.2f %7.2f %7.2f %7d %7d %7d %7d",
          q.length() > 40 ? q.substring(0, 37) + "..." : q,
          raw.medianOf(q),
          hubStats.medianOf(q),
          lat.get(PG_AND).medianOf(q),
          lat.get(PG_OR).medianOf(q),
          totals.get(RAW).get(q),
          totals.get(HUB).get(q),
          totals.get(PG_AND).get(q),
          totals.get(PG_OR).get(q));
    }
    long differ =
        QUERIES.stream()
            .filter(q -> !totals.get(RAW).get(q).equals(totals.get(HUB).get(q)))
            .count();
    line(
        differ == 0
            ? "Hub and raw Lucene found the same number of hits for every query."
            : differ + " queries found a different number of hits in the Hub and raw Lucene.");
    Path results = o.results;
    Files.createDirectories(results.getParent());
    Files.writeString(results, out.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Written to " + results);
  }

  private void row(String name, Stats s, double qps) {
    line(
        "%-42s %9.2f %9.2f %9.2f %10s",
        name,
        s.p50(),
        s.p99(),
        s.mean(),
        Double.isNaN(qps) ? "" : String.format(Locale.ROOT, "%.0f", qps));
  }

  private void target(String text, boolean pass) {
    line("%-4s %s", pass ? "PASS" : "MISS", text);
  }

  // ---------------------------------------------------------------------------------------------
  // Measuring

  /** One search, returning the total number of hits. */
  @FunctionalInterface
  interface Searcher extends AutoCloseable {
    long search(String q) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Latency samples, overall and by query. */
  record Stats(long[] sorted, Map<String, long[]> byQuery) {
    double p50() {
      return percentile(sorted, 50);
    }

    double p99() {
      return percentile(sorted, 99);
    }

    double mean() {
      return Arrays.stream(sorted).average().orElse(0) / 1e6;
    }

    double medianOf(String q) {
      long[] s = byQuery.get(q).clone();
      Arrays.sort(s);
      return percentile(s, 50);
    }

    private static double percentile(long[] sorted, double p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.clamp(i, 0, sorted.length - 1)] / 1e6;
    }
  }

  /** Sequential latency of every system, taking turns query by query. */
  private Map<String, Stats> latency(Map<String, Supplier<Searcher>> systems) throws Exception {
    Map<String, Searcher> open = new LinkedHashMap<>();
    Map<String, Map<String, long[]>> byQuery = new LinkedHashMap<>();
    Map<String, List<Long>> all = new LinkedHashMap<>();
    try {
      for (var e : systems.entrySet()) {
        open.put(e.getKey(), e.getValue().get());
        Map<String, long[]> m = new LinkedHashMap<>();
        QUERIES.forEach(q -> m.put(q, new long[o.rounds]));
        byQuery.put(e.getKey(), m);
        all.put(e.getKey(), new ArrayList<>());
      }
      long t = System.nanoTime();
      for (int round = -o.warmup; round < o.rounds; round++) {
        for (String q : QUERIES) {
          for (var e : open.entrySet()) {
            long start = System.nanoTime();
            e.getValue().search(q);
            long d = System.nanoTime() - start;
            if (round >= 0) {
              byQuery.get(e.getKey()).get(q)[round] = d;
              all.get(e.getKey()).add(d);
            }
          }
        }
        if (round == -1 || round == o.rounds - 1 || (round >= 0 && round % 5 == 4)) {
          progress("latency: round %d of %d done after %d s", round + 1, o.rounds, ms(t) / 1000);
        }
      }
    } finally {
      for (Searcher s : open.values()) {
        s.close();
      }
    }
    Map<String, Stats> stats = new LinkedHashMap<>();
    for (String name : systems.keySet()) {
      long[] sorted = all.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
      Stats s = new Stats(sorted, byQuery.get(name));
      stats.put(name, s);
      progress(
          "%s: p50 %.2f ms, p99 %.2f ms over %d queries", name, s.p50(), s.p99(), sorted.length);
    }
    return stats;
  }

  private double throughput(String name, Supplier<Searcher> factory) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Throwable> failures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < o.threads; i++) {
      int offset = i * 7;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (Searcher s = factory.get()) {
                      int k = offset;
                      while (!stop.get()) {
                        s.search(QUERIES.get(k++ % QUERIES.size()));
                        done.incrementAndGet();
                      }
                    } catch (Exception e) {
                      synchronized (failures) {
                        failures.add(e);
                      }
                    }
                  }));
    }
    long t = System.nanoTime();
    Thread.sleep(o.seconds * 1000L);
    stop.set(true);
    long count = done.get();
    double seconds = (System.nanoTime() - t) / 1e9;
    for (Thread th : threads) {
      th.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(name + " failed under load", failures.get(0));
    }
    double qps = count / seconds;
    progress("%s: %.0f queries/s with %d threads", name, qps, o.threads);
    return qps;
  }

  // ---------------------------------------------------------------------------------------------
  // The corpus as the Hub indexes it

  /**
   * The document the Hub builds from a stored item (SearchDocuments.of): the body is plain
   * paragraphs, so its Markdown plain text is itself; themes are a term facet by their slug; the
   * Hub dates items by their publication, which is today.
   */
  static SearchDocument searchDocument(Corpus.Doc d) {
    return new SearchDocument(
        d.n() + 1L,
        "article",
        d.slug(),
        d.language(),
        d.title(),
        d.summary(),
        d.body(),
        ItemPaths.of("articles", d.slug(), d.language()),
        LocalDate.now(),
        Map.of("theme", d.themes().stream().map(Slugs::of).toList()));
  }

  // ---------------------------------------------------------------------------------------------
  // The Hub as a process

  private HubRun startHub(Path content) throws IOException {
    Path data = o.work.resolve("hub-data");
    deleteFolder(data);
    Files.createDirectories(data);
    Path log = o.work.resolve("hub.log");
    ProcessBuilder pb =
        new ProcessBuilder(
            o.hubHome.resolve("hub").toString(),
            "run",
            "--port",
            String.valueOf(o.port),
            "--data",
            data.toString(),
            "--content",
            content.toString(),
            "--db-url",
            o.dbUrl,
            "--db-user",
            o.dbUser);
    pb.environment().put("HUB_DB_PASSWORD", o.dbPassword);
    pb.environment().put("HUB_NO_BUILD", "1");
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    progress("Hub: starting on port %d with %s (log: %s)", o.port, o.dbUrl, log);
    HubRun run = new HubRun(pb.start(), log, "http://127.0.0.1:" + o.port);
    run.started = System.nanoTime();
    return run;
  }

  /** A running Hub, what its log said, and an HTTP client with keep-alive. */
  static final class HubRun {
    final Process process;
    final Path log;
    final String base;
    final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long started;
    long added;
    long importMs;
    String indexAction = "?";
    long indexedItems;
    long indexMs;
    long readyMs;
    String searchDocuments = "?";
    long heapUsed;
    long heapAfterGc;
    long indexBytes;

    HubRun(Process process, Path log, String base) {
      this.process = process;
      this.log = log;
      this.base = base;
    }

    void awaitReady(Options o) throws Exception {
      long deadline = System.nanoTime() + Math.max(900L, o.docs / 25L) * 1_000_000_000L;
      long lastNote = System.nanoTime();
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the Hub stopped (exit " + process.exitValue() + "); see " + log);
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the Hub was not ready in time; see " + log);
        }
        try {
          HttpResponse<String> r = get("/health/ready");
          if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
            Matcher m = Pattern.compile("\"searchDocuments\"\\s*:\\s*\"?(\\d+)").matcher(r.body());
            searchDocuments = m.find() ? m.group(1) : "?";
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - lastNote > 30_000_000_000L) {
          lastNote = System.nanoTime();
          String last =
              Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                  .filter(l -> l.contains("files done"))
                  .reduce((a, b) -> b)
                  .orElse("(no progress line yet)");
          System.out.printf(
              "  ... %d s: %s%n",
              (System.nanoTime() - started) / 1_000_000_000L,
              last.replaceAll(".*Content folder", "Content folder"));
        }
        Thread.sleep(1000);
      }
    }

    void readLog() throws IOException {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile(
                  "Content folder [^\\n]*: (\\d+) added, (\\d+) updated, (\\d+) unchanged,"
                      + " (\\d+) problems, (\\d+) warnings, in (\\d+) ms")
              .matcher(text);
      if (!m.find()) {
        throw new IllegalStateException("no content folder report in " + log);
      }
      added = Long.parseLong(m.group(1));
      importMs = Long.parseLong(m.group(6));
      if (added == 0) {
        throw new IllegalStateException(
            "the Hub added nothing: its database was not empty (drop and create it before a run)");
      }
      if (Long.parseLong(m.group(4)) > 0) {
        System.out.println("  the Hub reported problems with content files: see " + log);
      }
      m = Pattern.compile("Search index ([a-z ]+?\\d*): (\\d+) items in (\\d+) ms").matcher(text);
      if (m.find()) {
        indexAction = m.group(1);
        indexedItems = Long.parseLong(m.group(2));
        indexMs = Long.parseLong(m.group(3));
      }
      m = Pattern.compile("Hub ready in (\\d+) ms from JVM start").matcher(text);
      if (m.find()) {
        readyMs = Long.parseLong(m.group(1));
      }
    }

    long search(String q) throws IOException, InterruptedException {
      HttpResponse<String> r =
          get("/api/search?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new IOException("GET /api/search?q=" + q + ": " + r.statusCode() + " " + r.body());
      }
      Matcher m = TOTAL.matcher(r.body());
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    long live() throws IOException, InterruptedException {
      HttpResponse<String> r = get("/health/live");
      if (r.statusCode() != 200) {
        throw new IOException("GET /health/live: " + r.statusCode());
      }
      return 0;
    }

    /** Heap used, from MicroProfile Metrics, or from jcmd when /metrics does not tell. */
    long heap() throws Exception {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .header("Accept", "text/plain")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m =
            Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)")
                .matcher(r.body());
        if (r.statusCode() == 200 && m.find()) {
          return (long) Double.parseDouble(m.group(1));
        }
      } catch (IOException e) {
        // fall back to jcmd
      }
      return heapFromJcmd();
    }

    long heapAfterGc() throws Exception {
      jcmd("GC.run");
      Thread.sleep(1000);
      return heap();
    }

    long heapFromJcmd() throws Exception {
      Matcher m = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
      return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    String jcmd(String command) throws Exception {
      Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
      Process p =
          new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
              .redirectErrorStream(true)
              .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  // ---------------------------------------------------------------------------------------------
  // PostgreSQL full-text search

  /**
   * The same documents in a table of the benchmark database (schema {@code fts}, beside the Hub's
   * tables), a stored tsvector generated with the 'simple' configuration (title weight A, summary
   * B, body D: one configuration for all languages, as the Hub searches all languages at once), a
   * GIN index, and one statement per search: the top 10 by ts_rank_cd, the total by count(*)
   * over(), and a ts_headline snippet for each of the 10 (the Hub returns snippets too).
   */
  static final class Pg {
    static final String SEARCH =
        "WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS q),"
            + " hits AS (SELECT d.id, d.title, d.body, ts_rank_cd(d.tsv, q.q) AS rank,"
            + " count(*) OVER () AS total FROM fts.docs d, q WHERE d.tsv @@ q.q"
            + " ORDER BY rank DESC, d.id LIMIT 10)"
            + " SELECT h.id, h.title, h.total,"
            + " ts_headline('simple', h.body, (SELECT q FROM q), 'MaxFragments=1') AS snippet"
            + " FROM hits h ORDER BY h.rank DESC, h.id";

    /**
     * The same, with the words OR-ed as the Hub's query does (phrases stay phrases; an exclusion
     * becomes "or not", which tsquery binds tighter: close, not the same).
     */
    static final String SEARCH_OR =
        SEARCH.replace(
            "websearch_to_tsquery('simple', ?)",
            "regexp_replace(websearch_to_tsquery('simple', ?)::text, ' & (?!!)', ' | ',"
                + " 'g')::tsquery");

    final Options o;
    long loadMs;
    long indexMs;
    long tableBytes;
    long indexBytes;

    Pg(Options o) {
      this.o = o;
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(o.dbUrl, o.dbUser, o.dbPassword);
    }

    void load(List<Corpus.Doc> docs) throws SQLException, IOException {
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS fts CASCADE");
        s.execute("CREATE SCHEMA fts");
        s.execute(
            "CREATE TABLE fts.docs (id integer PRIMARY KEY, language text, title text,"
                + " summary text, body text, tsv tsvector GENERATED ALWAYS AS ("
                + "setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||"
                + " setweight(to_tsvector('simple', coalesce(summary, '')), 'B') ||"
                + " setweight(to_tsvector('simple', coalesce(body, '')), 'D')) STORED)");
        long t = System.nanoTime();
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < docs.size(); i += 2000) {
          StringBuilder csv = new StringBuilder();
          for (Corpus.Doc d : docs.subList(i, Math.min(i + 2000, docs.size()))) {
            csv.append(d.n() + 1)
                .append(',')
                .append(csv(d.language()))
                .append(',')
                .append(csv(d.title()))
                .append(',')
                .append(csv(d.summary()))
                .append(',')
                .append(csv(d.body()))
                .append('\n');
          }
          copy.copyIn(
              "COPY fts.docs (id, language, title, summary, body) FROM STDIN (FORMAT csv)",
              new StringReader(csv.toString()));
        }
        loadMs = ms(t);
        t = System.nanoTime();
        s.execute("CREATE INDEX docs_tsv ON fts.docs USING gin (tsv)");
        s.execute("ANALYZE fts.docs");
        indexMs = ms(t);
        try (ResultSet r =
            s.executeQuery(
                "SELECT pg_total_relation_size('fts.docs') - pg_indexes_size('fts.docs'),"
                    + " pg_relation_size('fts.docs_tsv')")) {
          r.next();
          tableBytes = r.getLong(1);
          indexBytes = r.getLong(2);
        }
      }
    }

    Session session(String sql) {
      try {
        return new Session(connect(), sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    static final class Session implements Searcher {
      final Connection c;
      final PreparedStatement search;

      Session(Connection c, String sql) throws SQLException {
        this.c = c;
        this.search = c.prepareStatement(sql);
      }

      @Override
      public long search(String q) throws SQLException {
        search.setString(1, q);
        long total = 0;
        try (ResultSet r = search.executeQuery()) {
          while (r.next()) {
            total = r.getLong(3);
            r.getString(4);
          }
        }
        return total;
      }

      @Override
      public void close() throws SQLException {
        c.close();
      }
    }

    private static String csv(String s) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Options and small helpers

  record Options(
      int docs,
      long seed,
      Path hubHome,
      Path work,
      Path results,
      int port,
      String dbUrl,
      String dbUser,
      String dbPassword,
      int warmup,
      int rounds,
      int threads,
      int seconds) {

    static Options parse(String[] args) {
      int docs = 100_000;
      long seed = 42;
      Path hubHome = Path.of(System.getProperty("hub.home", ".")).toAbsolutePath().normalize();
      int port = 18089;
      String dbUrl = "jdbc:postgresql://127.0.0.1:5432/hubbench";
      String dbUser = "hub";
      String dbPassword = System.getenv().getOrDefault("HUB_DB_PASSWORD", "hub");
      int warmup = 3;
      int rounds = 10;
      int threads = 2;
      int seconds = 20;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--docs" -> docs = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--db-url" -> dbUrl = args[++i];
          case "--db-user" -> dbUser = args[++i];
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--rounds" -> rounds = Integer.parseInt(args[++i]);
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          case "--help", "-h" -> {
            System.out.println(
                "Options: --docs N (100000) --seed S (42) --port P (18089) --db-url URL"
                    + " (jdbc:postgresql://127.0.0.1:5432/hubbench) --db-user U (hub; password"
                    + " in HUB_DB_PASSWORD, default hub) --warmup R (3) --rounds R (10)"
                    + " --threads T (2) --seconds S (20)");
            return null;
          }
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      Path target = hubHome.resolve("hub-core/hub-benchmarks/target");
      return new Options(
          docs,
          seed,
          hubHome,
          target.resolve("bench"),
          target.resolve("benchmark-results.txt"),
          port,
          dbUrl,
          dbUser,
          dbPassword,
          warmup,
          rounds,
          threads,
          seconds);
    }
  }

  private void line(String format, Object... args) {
    String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    out.append(s).append('\n');
    System.out.println(s);
  }

  private static void progress(String format, Object... args) {
    System.out.println("  " + String.format(Locale.ROOT, format, args));
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String bytes(long n) {
    if (n < 0) {
      return "?";
    }
    if (n >= 1L << 30) {
      return String.format(Locale.ROOT, "%.2f GiB", n / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
  }

  static long folderSize(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return -1;
    }
    try (var paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
