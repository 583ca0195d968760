package eu.hub.search;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentSaved;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.ItemPaths;
import eu.hub.operations.HubSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Hub's search, kept in step with the database (the truth): every saved item is indexed or
 * removed as soon as its transaction commits, and at start-up the index is checked against the
 * database and caught up or rebuilt.
 *
 * <p>The index remembers, in its commit data, a checksum of the (id, revision) pairs it holds. If
 * the checksum matches the database's, the index is current; if it matched before the content
 * folder was loaded, only the items that changed are indexed; otherwise the index is rebuilt.
 */
@ApplicationScoped
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
  static final String CHECKSUM_KEY = "hub.db.checksum";
  private static final int BATCH = 500;

  /** What a start-up check or a rebuild did. */
  public record SyncReport(String action, int documents, long millis) {}

  @Inject HubSettings settings;
  @Resource ManagedThreadFactory threadFactory;

  /**
   * How many parts one search of a large index is split into, searched side by side; 1 searches in
   * the request's thread only. The default uses every core, which shortens the wait when the site
   * is quiet; under load the parts simply queue.
   */
  @Inject
  @ConfigProperty(name = "hub.search.threads", defaultValue = "0")
  int searchThreadsSetting;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;

  private SearchIndex index;
  private ExecutorService searchThreads;
  private final Map<Long, Integer> indexed = new ConcurrentHashMap<>();
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean paused;
  private volatile boolean inSyncBeforePause;
  private volatile SyncReport lastSync;

  @PostConstruct
  void open() {
    Path folder = settings.dataDirectory().resolve("index");
    int slices =
        searchThreadsSetting > 0
            ? searchThreadsSetting
            : Runtime.getRuntime().availableProcessors();
    if (slices > 1) {
      // The calling thread searches one part itself.
      searchThreads = Executors.newFixedThreadPool(slices - 1, threadFactory);
    }
    try {
      Files.createDirectories(folder);
      index = openIndex(folder, slices);
    } catch (IOException | RuntimeException e) {
      // The database is the truth: an unreadable index is thrown away and rebuilt.
      LOG.log(
          Level.WARNING, "The search index in " + folder + " cannot be opened; rebuilding it", e);
      try {
        deleteFolder(folder);
        Files.createDirectories(folder);
        index = openIndex(folder, slices);
      } catch (IOException again) {
        throw new UncheckedIOException("Cannot create the search index in " + folder, again);
      }
    }
  }

  private SearchIndex openIndex(Path folder, int slices) throws IOException {
    return searchThreads == null
        ? SearchIndex.open(folder)
        : SearchIndex.open(folder, searchThreads, slices);
  }

  @PreDestroy
  void close() {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    } finally {
      if (searchThreads != null) {
        searchThreads.shutdownNow();
      }
    }
  }

  /** Searches published content. */
  public SearchResponse search(SearchRequest request) {
    return index.search(request);
  }

  /** Completions for what a visitor is typing. */
  public List<Suggestion> suggest(String prefix, int max) {
    return index.suggest(prefix, max);
  }

  /** Items like this one, for "related content". */
  public List<SearchHit> related(long id, int max) {
    return index.related(id, max);
  }

  /** How many items the index holds. */
  public int count() {
    return index.count();
  }

  public SyncReport lastSync() {
    return lastSync;
  }

  /**
   * Holds back indexing of single saves (a bulk load is about to start) and remembers whether the
   * index matched the database before it.
   */
  public void pause() {
    inSyncBeforePause =
        index.isSchemaCurrent()
            && checksumOf(store.publishedRevisions()).equals(index.commitData().get(CHECKSUM_KEY));
    pending.clear();
    paused = true;
  }

  /** Makes the end of the current pause rebuild the index (derived data changed under it). */
  public void invalidate() {
    inSyncBeforePause = false;
  }

  /**
   * Ends a pause: indexes the items saved during it when the index was current before, or rebuilds
   * the index from the database when it was not.
   */
  public SyncReport resume(IntConsumer progress) {
    long start = System.nanoTime();
    paused = false;
    SyncReport report;
    if (inSyncBeforePause) {
      loadIndexedState();
      Set<Long> changed = new HashSet<>(pending);
      pending.clear();
      if (changed.isEmpty()) {
        report = new SyncReport("current", index.count(), millis(start));
      } else {
        for (Long id : changed) {
          apply(id);
        }
        commit();
        report = new SyncReport("caught up " + changed.size(), index.count(), millis(start));
      }
    } else {
      rebuild(progress);
      report = new SyncReport("rebuilt", index.count(), millis(start));
    }
    lastSync = report;
    LOG.info(
        "Search index "
            + report.action()
            + ": "
            + report.documents()
            + " items in "
            + report.millis()
            + " ms");
    return report;
  }

  /** Rebuilds the index from the database, reporting the number of items done so far. */
  public synchronized SyncReport rebuild(IntConsumer progress) {
    long start = System.nanoTime();
    try {
      index.deleteAll();
      indexed.clear();
      long after = 0;
      int done = 0;
      while (true) {
        List<ContentItem> batch = store.publishedAfter(after, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        index.bulkAdd(documents(batch));
        batch.forEach(i -> indexed.put(i.id(), i.revision()));
        after = batch.get(batch.size() - 1).id();
        done += batch.size();
        progress.accept(done);
      }
      index.finishBulk();
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Rebuilding the search index failed", e);
    }
    lastSync = new SyncReport("rebuilt", index.count(), millis(start));
    return lastSync;
  }

  /** Keeps the index in step with each committed save. */
  void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentSaved saved) {
    if (paused) {
      pending.add(saved.id());
      return;
    }
    try {
      apply(saved.id());
      commit();
    } catch (RuntimeException e) {
      // The save itself succeeded; the next start-up check repairs the index.
      LOG.log(Level.WARNING, "Indexing item " + saved.id() + " failed", e);
    }
  }

  private synchronized void apply(long id) {
    try {
      ContentItem item = store.byId(id).orElse(null);
      if (item == null || item.status() != ContentStatus.PUBLISHED) {
        index.delete(id);
        indexed.remove(id);
      } else {
        index.upsert(documents(List.of(item)).get(0));
        indexed.put(id, item.revision());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<SearchDocument> documents(List<ContentItem> items) {
    var links = store.links(items.stream().map(ContentItem::id).toList());
    List<SearchDocument> docs = new ArrayList<>(items.size());
    for (ContentItem item : items) {
      ContentType type = types.byName(item.type()).orElse(null);
      String segment = type == null ? item.type() : type.urlSegment();
      docs.add(
          SearchDocuments.of(
              item,
              type,
              links.getOrDefault(item.id(), List.of()),
              ItemPaths.of(segment, item.slug(), item.language())));
    }
    return docs;
  }

  private void loadIndexedState() {
    // The index matched the database before the pause, so the database's pairs are the index's.
    indexed.clear();
    indexed.putAll(store.publishedRevisions());
    pending.forEach(indexed::remove);
  }

  private synchronized void commit() {
    try {
      index.commit(Map.of(CHECKSUM_KEY, checksumOf(indexed)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An order-independent checksum of (id, revision) pairs. */
  static String checksumOf(Map<Long, Integer> revisions) {
    long sum = 0;
    long xor = 0;
    for (Map.Entry<Long, Integer> e : revisions.entrySet()) {
      long h = mix(e.getKey() * 31 + e.getValue());
      sum += h;
      xor ^= h;
    }
    return revisions.size() + ":" + Long.toHexString(sum) + ":" + Long.toHexString(xor);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void deleteFolder(Path folder) throws IOException {
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
