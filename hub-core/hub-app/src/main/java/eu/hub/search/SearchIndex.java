package eu.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * The Hub's search index: one long-lived writer, searchers that see every write as soon as the
 * writing call returns, and the searches, completions and related items built on them.
 *
 * <p>Writes are serialised; searches run concurrently with them and with each other. Writes are
 * visible at once but durable only after {@link #commit(Map)} (or {@link #close()}): the commit
 * carries the owner's data, such as a checksum of the database, so that at start-up the owner can
 * tell whether the index still matches the database and rebuild it if not.
 */
public final class SearchIndex implements AutoCloseable {

  /** Commit data key for the index layout; an index with another layout must be rebuilt. */
  public static final String SCHEMA_KEY = "hub.search.schema";

  /** The layout this code writes. Raise it when fields or analysis change. */
  public static final String SCHEMA_VERSION = "2";

  /** Documents written between two refreshes in {@link #upsertAll}. */
  private static final int BATCH = 500;

  /** Values listed per facet. */
  private static final int FACET_VALUES = 100;

  /** Fewer hits than this count as "finds little": the search then also tries close spellings. */
  private static final int FEW = 3;

  /** Facets whose shared values make items related. */
  /**
   * From this many documents on, a search is split into slices searched side by side; below it a
   * query takes a few milliseconds in one thread and the hand-over would cost more than it saves.
   */
  static final int PARALLEL_FROM = 20_000;

  /** How many of the best hits get the proximity bonus (and are reordered by it). */
  static final int PROXIMITY_WINDOW = 100;

  private static final List<String> RELATING_FACETS = List.of("theme", "partner", "project");

  private final Directory directory;
  private final Directory titleDirectory;
  private final Ranking ranking;
  private final Analyzer analyzer = Languages.perField();
  private final Analyzer neutral = Languages.neutral();
  private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
  private final Similarity similarity;
  private final Object writeLock = new Object();
  private final Executor searchThreads;
  private final int slices;
  private final int parallelFrom;
  private IndexWriter writer;
  private SearcherManager searchers;
  private TitleSuggester titles;
  private volatile ReaderState readerState;
  private volatile boolean closed;

  /** Opens (or creates) the index kept in a folder. */
  public static SearchIndex open(Path folder) throws IOException {
    return new SearchIndex(FSDirectory.open(folder), Ranking.DEFAULT);
  }

  /**
   * Opens an index whose searches, on a large index, are split into up to {@code slices} parts (by
   * segment, or parts of a segment) searched side by side on {@code searchThreads} and the calling
   * thread. Answers are the same as in one thread; only the wait is shorter when cores are idle.
   * The caller owns the threads.
   */
  public static SearchIndex open(Path folder, Executor searchThreads, int slices)
      throws IOException {
    return new SearchIndex(
        FSDirectory.open(folder), Ranking.DEFAULT, searchThreads, slices, PARALLEL_FROM);
  }

  /** A new index in memory, for tests and previews. */
  public static SearchIndex inMemory() throws IOException {
    return new SearchIndex(new ByteBuffersDirectory(), Ranking.DEFAULT);
  }

  /**
   * Opens the index in a directory, which the index then owns and closes. Title completions live in
   * memory and are rebuilt from the index here: titles are few and this keeps them in step.
   */
  SearchIndex(Directory directory, Ranking ranking) throws IOException {
    this(directory, ranking, null, 1, PARALLEL_FROM);
  }

  SearchIndex(
      Directory directory, Ranking ranking, Executor searchThreads, int slices, int parallelFrom)
      throws IOException {
    this.searchThreads = searchThreads;
    this.slices = searchThreads == null ? 1 : Math.max(1, slices);
    this.parallelFrom = parallelFrom;
    this.directory = directory;
    this.ranking = ranking;
    this.similarity = new BM25Similarity(ranking.k1(), ranking.b());
    this.titleDirectory = new ByteBuffersDirectory();
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setSimilarity(similarity);
      writer = new IndexWriter(directory, config);
      searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                  IndexSearcher searcher = newIndexSearcher(reader);
                  searcher.setSimilarity(similarity);
                  return searcher;
                }
              });
      titles = new TitleSuggester(titleDirectory, neutral);
      rebuildTitles();
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(titles, searchers, writer, titleDirectory, directory);
      throw e;
    }
  }

  /**
   * A searcher for one reader: sliced into about {@link #slices} parts of equal size when the index
   * is large, so one search uses the idle cores; otherwise plain.
   */
  private IndexSearcher newIndexSearcher(IndexReader reader) {
    if (slices <= 1 || reader.maxDoc() < parallelFrom) {
      return new IndexSearcher(reader);
    }
    int perSlice = (reader.maxDoc() + slices - 1) / slices;
    return new IndexSearcher(reader, searchThreads) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        // A segment larger than a slice is split into ranges of documents (Lucene 10's
        // intra-segment search), so one big merged segment still uses every core.
        return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, true);
      }
    };
  }

  /** How many slices a search of the current index is split into (1: not split). */
  int searchSlices() {
    return withSearcher(searcher -> searcher.getSlices().length);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Adds an item or replaces the item with the same id; searchable when this returns. */
  public void upsert(SearchDocument item) throws IOException {
    upsertAll(List.of(item));
  }

  /**
   * Adds or replaces many items, refreshing the searchers every {@value #BATCH} items; all are
   * searchable when this returns.
   */
  public void upsertAll(Collection<SearchDocument> items) throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      Iterator<SearchDocument> it = items.iterator();
      while (it.hasNext()) {
        Set<String> touchedTitles = new LinkedHashSet<>();
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        while (it.hasNext() && batch.size() < BATCH) {
          batch.add(it.next());
        }
        IndexSearcher before = searchers.acquire();
        try {
          for (SearchDocument item : batch) {
            String previous = storedTitle(before, item.id());
            if (previous != null) {
              touchedTitles.add(previous);
            }
            touchedTitles.add(IndexFields.titleKey(item.title()));
            Document doc =
                IndexFields.document(item, PlainText.fromMarkdown(item.body()), facetsConfig);
            writer.updateDocument(idTerm(item.id()), doc);
          }
        } finally {
          searchers.release(before);
        }
        afterWrite(touchedTitles);
      }
    }
  }

  /**
   * Adds or replaces many items for a rebuild: they become searchable, and their titles
   * completable, only at {@link #finishBulk()}. A rebuild that refreshed the searchers and the
   * title completions after every {@value #BATCH} items spent a fifth of its time doing so.
   */
  public void bulkAdd(Collection<SearchDocument> items) throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      for (SearchDocument item : items) {
        writer.updateDocument(
            idTerm(item.id()),
            IndexFields.document(item, PlainText.fromMarkdown(item.body()), facetsConfig));
      }
    }
  }

  /** Makes everything written by {@link #bulkAdd} searchable and its titles completable. */
  public void finishBulk() throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      searchers.maybeRefreshBlocking();
      rebuildTitles();
    }
  }

  /** Removes an item; gone from results when this returns. Unknown ids are ignored. */
  public void delete(long id) throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      IndexSearcher before = searchers.acquire();
      String previous;
      try {
        previous = storedTitle(before, id);
      } finally {
        searchers.release(before);
      }
      writer.deleteDocuments(idTerm(id));
      afterWrite(previous == null ? Set.of() : Set.of(previous));
    }
  }

  /** Removes every item, for a rebuild. The commit data is kept until the next commit. */
  public void deleteAll() throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      writer.deleteAll();
      searchers.maybeRefreshBlocking();
      rebuildTitles();
    }
  }

  /**
   * Makes every write so far durable, with the owner's data (e.g. a checksum of the items) and the
   * index layout version under {@link #SCHEMA_KEY}.
   */
  public void commit(Map<String, String> userData) throws IOException {
    synchronized (writeLock) {
      ensureOpen();
      Map<String, String> data = new LinkedHashMap<>(userData);
      data.put(SCHEMA_KEY, SCHEMA_VERSION);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  /** The data of the last commit (or of the last {@link #commit(Map)} call); empty when new. */
  public Map<String, String> commitData() {
    synchronized (writeLock) {
      ensureOpen();
      Map<String, String> data = new LinkedHashMap<>();
      Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
      if (live != null) {
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
      }
      return Collections.unmodifiableMap(data);
    }
  }

  /**
   * Whether the index was written with this code's layout; if not, the owner should {@link
   * #deleteAll()} and index every item again. An empty index is current.
   */
  public boolean isSchemaCurrent() {
    return count() == 0 || SCHEMA_VERSION.equals(commitData().get(SCHEMA_KEY));
  }

  private void afterWrite(Set<String> touchedTitles) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher after = searchers.acquire();
    try {
      for (String title : touchedTitles) {
        updateTitle(after, title);
      }
    } finally {
      searchers.release(after);
    }
    titles.refresh();
  }

  /** Puts a title in the completions if some item has it, or takes it out if none has. */
  private void updateTitle(IndexSearcher searcher, String title) throws IOException {
    if (title.isBlank()) {
      return;
    }
    TopDocs holders =
        searcher.search(
            new TermQuery(new Term(IndexFields.TITLE_KEY, title)),
            1,
            new Sort(publishedNewestFirst()));
    if (holders.scoreDocs.length == 0) {
      titles.remove(title);
    } else {
      Document doc =
          searcher
              .storedFields()
              .document(holders.scoreDocs[0].doc, Set.of(IndexFields.URL, IndexFields.PUBLISHED));
      titles.update(
          new BytesRef(title),
          null,
          titleWeight(doc.get(IndexFields.PUBLISHED)),
          new BytesRef(doc.get(IndexFields.URL)));
    }
  }

  /** Newer titles come first among completions. */
  private static long titleWeight(String published) {
    return published == null ? 0 : Math.max(0, LocalDate.parse(published).toEpochDay());
  }

  private void rebuildTitles() throws IOException {
    Map<String, TitleEntry> entries = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      Set<String> wanted = Set.of(IndexFields.TITLE, IndexFields.URL, IndexFields.PUBLISHED);
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc, wanted);
          String title = IndexFields.titleKey(d.get(IndexFields.TITLE));
          if (title.isBlank()) {
            continue;
          }
          TitleEntry entry =
              new TitleEntry(
                  title, titleWeight(d.get(IndexFields.PUBLISHED)), d.get(IndexFields.URL));
          entries.merge(title, entry, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
      }
    } finally {
      searchers.release(searcher);
    }
    titles.build(new TitleEntries(entries.values().iterator()));
  }

  private record TitleEntry(String title, long weight, String url) {}

  /** The titles as the suggester reads them. */
  private static final class TitleEntries implements InputIterator {
    private final Iterator<TitleEntry> entries;
    private TitleEntry current;

    TitleEntries(Iterator<TitleEntry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.title());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(current.url());
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** How many items are indexed. */
  public int count() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** The ids of every indexed item, to compare the index with the database. */
  public Set<Long> ids() {
    return withSearcher(
        searcher -> {
          Set<Long> ids = new TreeSet<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
              continue;
            }
            for (int doc = values.nextDoc();
                doc != NumericDocValues.NO_MORE_DOCS;
                doc = values.nextDoc()) {
              if (live == null || live.get(doc)) {
                ids.add(values.longValue());
              }
            }
          }
          return Collections.unmodifiableSet(ids);
        });
  }

  /** Runs a search. Nothing in the request makes it fail. */
  public SearchResponse search(SearchRequest request) {
    return withSearcher(searcher -> new Search(searcher, request).run());
  }

  /**
   * Completions for what the visitor has typed so far: item titles containing the words (the last
   * one as a prefix), newest first, then words from the items that complete the last word, most
   * common first.
   */
  public List<Suggestion> suggest(String prefix, int max) {
    String typed = UserQuery.tidy(prefix == null ? "" : prefix);
    if (typed.length() > 100) {
      typed = typed.substring(0, 100);
    }
    if (max <= 0 || UserQuery.tokens(neutral, "", typed).isEmpty()) {
      return List.of();
    }
    String text = typed;
    List<Suggestion> words = withSearcher(searcher -> completeWord(searcher, text, max));
    List<LookupResult> found;
    try {
      found = titles.lookup(text, max, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexSearcher.TooManyClauses e) {
      found = List.of();
    }
    int titleSlots = max - Math.min(words.size(), max / 3);
    List<Suggestion> out = new ArrayList<>();
    for (LookupResult result : found) {
      if (out.size() >= titleSlots) {
        break;
      }
      String url = result.payload == null ? null : result.payload.utf8ToString();
      out.add(new Suggestion(result.key.toString(), Suggestion.Kind.TITLE, url));
    }
    for (Suggestion word : words) {
      if (out.size() >= max) {
        break;
      }
      out.add(word);
    }
    return List.copyOf(out);
  }

  /** The typed text with its last word completed by the most common indexed words. */
  private List<Suggestion> completeWord(IndexSearcher searcher, String typed, int max)
      throws IOException {
    int lastSpace = typed.lastIndexOf(' ');
    String head = typed.substring(0, lastSpace + 1);
    String last = typed.substring(lastSpace + 1);
    String field = IndexFields.field(IndexFields.TITLE, IndexFields.NEUTRAL);
    String start = neutral.normalize(field, last).utf8ToString();
    if (start.length() < 2 || !start.codePoints().allMatch(Character::isLetterOrDigit)) {
      return List.of();
    }
    record Candidate(String word, int freq) {}
    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String role : List.of(IndexFields.TITLE, IndexFields.BODY)) {
      Terms terms =
          MultiTerms.getTerms(
              searcher.getIndexReader(), IndexFields.field(role, IndexFields.NEUTRAL));
      if (terms == null) {
        continue;
      }
      TermsEnum words = terms.iterator();
      BytesRef startBytes = new BytesRef(start);
      if (words.seekCeil(startBytes) == TermsEnum.SeekStatus.END) {
        continue;
      }
      int scanned = 0;
      for (BytesRef term = words.term();
          term != null && scanned < 2_000;
          term = words.next(), scanned++) {
        String word = term.utf8ToString();
        if (!word.startsWith(start)) {
          break;
        }
        if (word.length() > start.length() && seen.add(word)) {
          candidates.add(new Candidate(word, words.docFreq()));
        }
      }
    }
    candidates.sort((a, b) -> Integer.compare(b.freq(), a.freq()));
    return candidates.stream()
        .limit(max)
        .map(c -> new Suggestion(head + c.word(), Suggestion.Kind.WORD, null))
        .toList();
  }

  /**
   * Items like this one: MoreLikeThis over its title, summary and body in its language, with a
   * bonus for each theme, partner and project it shares. Empty for an unknown id.
   */
  public List<SearchHit> related(long id, int max) {
    if (max <= 0) {
      return List.of();
    }
    return withSearcher(
        searcher -> {
          TopDocs self = searcher.search(new TermQuery(idTerm(id)), 1);
          if (self.scoreDocs.length == 0) {
            return List.of();
          }
          Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
          String language = Languages.analysed(doc.get(IndexFields.LANGUAGE));
          String suffix = language == null ? IndexFields.NEUTRAL : language;
          Map<String, Collection<Object>> text = new LinkedHashMap<>();
          for (String role : IndexFields.TEXT_ROLES) {
            String value = doc.get(role);
            if (value != null && !value.isBlank()) {
              text.put(IndexFields.field(role, suffix), List.of(value));
            }
          }
          BooleanQuery.Builder query = new BooleanQuery.Builder();
          if (!text.isEmpty()) {
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(text.keySet().toArray(String[]::new));
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMaxQueryTerms(25);
            like.setBoost(true);
            query.add(like.like(text), Occur.SHOULD);
          }
          for (String facet : doc.getValues(IndexFields.FACET)) {
            String dim = FacetsConfig.stringToPath(facet)[0];
            if (RELATING_FACETS.contains(dim)) {
              query.add(
                  new BoostQuery(new ConstantScoreQuery(new TermQuery(facetTerm(facet))), 2f),
                  Occur.SHOULD);
            }
          }
          query.add(new TermQuery(idTerm(id)), Occur.MUST_NOT);
          TopDocs found = searcher.search(query.build(), max);
          List<SearchHit> hits = new ArrayList<>();
          for (ScoreDoc hit : found.scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc);
            hits.add(hit(d, hit.score, Snippets.escape(d.get(IndexFields.SUMMARY))));
          }
          return List.copyOf(hits);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // One search

  /** The work of one {@link #search} call, on one searcher. */
  private final class Search {
    private final IndexSearcher searcher;
    private final SearchRequest request;
    private final ReaderState state;
    private final String text;
    private final List<String> fuzzyFields = new ArrayList<>();
    private boolean neutralOnly;

    /** The bonus for query words close together, added to the top hits; null: none. */
    private Query near;

    Search(IndexSearcher searcher, SearchRequest request) throws IOException {
      this.searcher = searcher;
      this.request = request;
      this.state = readerState(searcher.getIndexReader());
      this.text = UserQuery.tidy(request.q());
    }

    SearchResponse run() throws IOException {
      try {
        return run(words(false));
      } catch (IndexSearcher.TooManyClauses e) {
        // A very long query over many languages: search the neutral fields only.
        return run(words(true));
      }
    }

    private SearchResponse run(Query words) throws IOException {
      Query query = withFilters(words, null);
      int wanted = request.page() * request.size();
      if (near != null) {
        wanted = Math.max(wanted, PROXIMITY_WINDOW);
      }
      Sort sort = sort();
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(
              searcher, query, wanted, sort, scoresApart(), facetsManager());
      long total = total(result.facetsCollector());
      String suggestion =
          text.isBlank() ? null : UserQuery.didYouMean(text, searcher.getIndexReader(), neutral);

      if (total < FEW && !text.isBlank() && !UserQuery.hasPhrase(text)) {
        Query close = UserQuery.fuzzy(UserQuery.positiveWords(text), analyzer, fuzzyFields);
        if (close != null) {
          BooleanQuery.Builder either = new BooleanQuery.Builder();
          either.add(words, Occur.SHOULD);
          either.add(new BoostQuery(close, 0.5f), Occur.SHOULD);
          exclusions(words).forEach(q -> either.add(q, Occur.MUST_NOT));
          Query widened = withFilters(either.build(), null);
          FacetsCollectorManager.FacetsResult wider =
              FacetsCollectorManager.search(
                  searcher, widened, wanted, sort, scoresApart(), facetsManager());
          long widerTotal = total(wider.facetsCollector());
          if (widerTotal > total) {
            result = wider;
            total = widerTotal;
            words = either.build();
          }
        }
      }

      Map<String, List<FacetCount>> facets = facets(result.facetsCollector(), words);
      List<SearchHit> hits = hits(withProximity(result.topDocs()), words);
      return new SearchResponse(total, hits, facets, suggestion);
    }

    /** The query for the words typed, with the proximity bonus; all items for no words. */
    private Query words(boolean neutralOnly) {
      Map<String, Float> weights = new LinkedHashMap<>();
      List<String> proximityFields = new ArrayList<>();
      String restricted = request.language();
      String language = restricted == null ? null : Languages.analysed(restricted);
      this.neutralOnly = neutralOnly || (restricted != null && language == null);
      fuzzyFields.clear();
      if (this.neutralOnly) {
        weights.putAll(UserQuery.weights(IndexFields.NEUTRAL, ranking, 1f));
        proximityFields.add(IndexFields.field(IndexFields.BODY, IndexFields.NEUTRAL));
        fuzzyFields.add(IndexFields.field(IndexFields.TITLE, IndexFields.NEUTRAL));
        fuzzyFields.add(IndexFields.field(IndexFields.BODY, IndexFields.NEUTRAL));
      } else if (language != null) {
        weights.putAll(UserQuery.weights(language, ranking, 1f));
        proximityFields.add(IndexFields.field(IndexFields.TITLE, language));
        proximityFields.add(IndexFields.field(IndexFields.BODY, language));
      } else {
        for (String present : state.languages()) {
          weights.putAll(UserQuery.weights(present, ranking, 1f));
          proximityFields.add(IndexFields.field(IndexFields.TITLE, present));
          proximityFields.add(IndexFields.field(IndexFields.BODY, present));
        }
        if (ranking.neutral() > 0) {
          weights.putAll(UserQuery.weights(IndexFields.NEUTRAL, ranking, ranking.neutral()));
        }
      }
      if (fuzzyFields.isEmpty()) {
        // One language: its own fields; every language: the neutral fields, which all items have.
        String suffix = language != null ? language : IndexFields.NEUTRAL;
        fuzzyFields.add(IndexFields.field(IndexFields.TITLE, suffix));
        fuzzyFields.add(IndexFields.field(IndexFields.BODY, suffix));
      }
      Query parsed = UserQuery.parse(text, analyzer, weights);
      near = null;
      if (parsed == null) {
        return MatchAllDocsQuery.INSTANCE;
      }
      Query close =
          ranking.proximity() > 0
              ? UserQuery.proximity(
                  UserQuery.positiveWords(text), analyzer, proximityFields, ranking.slop())
              : null;
      near = close == null ? null : new BoostQuery(close, ranking.proximity());
      return parsed;
    }

    /** The words with the proximity clause, so that snippets mark words found together as one. */
    private Query withNear(Query words) {
      return near == null
          ? words
          : new BooleanQuery.Builder().add(words, Occur.MUST).add(near, Occur.SHOULD).build();
    }

    /**
     * Adds the proximity bonus to the best {@value #PROXIMITY_WINDOW} hits and sorts them again, as
     * a rescoring window does in Solr or Elasticsearch: checking word positions is the dearest part
     * of a query, and done on every match it cost half of the engine's time, to reorder the top. A
     * hit's score is what the bonus as a clause of the query gave (match + bonus); the sort is
     * unchanged (score, newest, index order; or newest first, then score). Hits below the window
     * keep their order: by relevance they all score lower than those in it.
     */
    private TopDocs withProximity(TopDocs first) throws IOException {
      if (near == null || first.scoreDocs.length == 0) {
        return first;
      }
      int window = Math.min(first.scoreDocs.length, PROXIMITY_WINDOW);
      ScoreDoc[] top = Arrays.copyOf(first.scoreDocs, window);
      for (ScoreDoc hit : top) {
        hit.score = score(hit);
      }
      TopDocs rescored =
          new QueryRescorer(near) {
            @Override
            protected float combine(float score, boolean matched, float bonus) {
              return matched ? score + bonus : score;
            }
          }.rescore(searcher, new TopDocs(first.totalHits, top), window);
      boolean newest = request.sort() == SearchRequest.Sort.NEWEST;
      int dayField = newest ? 0 : 1;
      int scoreField = newest ? 1 : 0;
      Comparator<ScoreDoc> byScore = Comparator.comparingDouble(hit -> -hit.score);
      Comparator<ScoreDoc> byDay = Comparator.comparingLong(hit -> -day((FieldDoc) hit, dayField));
      ScoreDoc[] reordered = rescored.scoreDocs.clone();
      Arrays.sort(
          reordered,
          (newest ? byDay.thenComparing(byScore) : byScore.thenComparing(byDay))
              .thenComparingInt(hit -> hit.doc));
      ScoreDoc[] out = first.scoreDocs.clone();
      for (int i = 0; i < reordered.length; i++) {
        FieldDoc hit = (FieldDoc) reordered[i];
        hit.fields[scoreField] = hit.score;
        out[i] = hit;
      }
      return new TopDocs(first.totalHits, out);
    }

    /** The words with every filter but {@code except}'s, and the language restriction. */
    private Query withFilters(Query words, String except) {
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
      for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
        if (filter.getKey().equals(except)) {
          continue;
        }
        BooleanQuery.Builder anyValue = new BooleanQuery.Builder();
        for (String value : filter.getValue()) {
          String dim = IndexFields.clean(filter.getKey());
          String clean = IndexFields.clean(value);
          if (!dim.isEmpty() && !clean.isEmpty()) {
            anyValue.add(
                new TermQuery(facetTerm(FacetsConfig.pathToString(dim, clean))), Occur.SHOULD);
          }
        }
        query.add(anyValue.build(), Occur.FILTER);
      }
      if (request.hasDates()) {
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        query.add(
            LongRange.newIntersectsQuery(IndexFields.RUNS, new long[] {from}, new long[] {to}),
            Occur.FILTER);
      }
      String restricted = request.language();
      if (restricted != null && Languages.analysed(restricted) == null) {
        query.add(
            new TermQuery(
                facetTerm(
                    FacetsConfig.pathToString(
                        IndexFields.LANGUAGE, IndexFields.clean(restricted)))),
            Occur.FILTER);
      }
      return query.build();
    }

    private Sort sort() {
      return request.sort() == SearchRequest.Sort.NEWEST
          ? new Sort(publishedNewestFirst(), SortField.FIELD_SCORE)
          : new Sort(SortField.FIELD_SCORE, publishedNewestFirst());
    }

    /**
     * Whether the hits' scores must be computed apart: by relevance, the score is the first sort
     * value, computed already; scoring the page again cost a weight (every term looked up in every
     * field) per search.
     */
    private boolean scoresApart() {
      return request.sort() != SearchRequest.Sort.RELEVANCE;
    }

    private FacetsCollectorManager facetsManager() {
      return new FacetsCollectorManager();
    }

    /**
     * Counts for every facet under the full query, except that each filtered facet is counted under
     * the query with the other filters only (drill-sideways), so its other values stay visible with
     * the counts they would give.
     */
    private Map<String, List<FacetCount>> facets(FacetsCollector hits, Query words)
        throws IOException {
      Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
      if (state.facets() == null) {
        return facets;
      }
      for (FacetResult result :
          new SortedSetDocValuesFacetCounts(state.facets(), hits).getAllDims(FACET_VALUES)) {
        facets.put(result.dim, counts(result));
      }
      for (String dim : request.filters().keySet()) {
        FacetsCollector sideways =
            searcher.search(withFilters(words, dim), new FacetsCollectorManager());
        try {
          FacetResult result =
              new SortedSetDocValuesFacetCounts(state.facets(), sideways)
                  .getTopChildren(FACET_VALUES, dim);
          if (result != null) {
            facets.put(dim, counts(result));
          }
        } catch (IllegalArgumentException unknownFacet) {
          // Filtering on a facet no item has: nothing to count.
        }
      }
      return facets;
    }

    private List<FacetCount> counts(FacetResult result) {
      List<FacetCount> counts = new ArrayList<>();
      for (LabelAndValue value : result.labelValues) {
        counts.add(new FacetCount(value.label, value.value.intValue()));
      }
      return List.copyOf(counts);
    }

    private List<SearchHit> hits(TopDocs top, Query words) throws IOException {
      int from = (request.page() - 1) * request.size();
      ScoreDoc[] all = top.scoreDocs;
      if (from >= all.length) {
        return List.of();
      }
      ScoreDoc[] page = Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
      int[] docs = new int[page.length];
      String[] bodyFields = new String[page.length];
      Document[] stored = new Document[page.length];
      for (int i = 0; i < page.length; i++) {
        docs[i] = page[i].doc;
        stored[i] = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
        String language = Languages.analysed(stored[i].get(IndexFields.LANGUAGE));
        boolean ownField = language != null && !neutralOnly;
        bodyFields[i] =
            IndexFields.field(IndexFields.BODY, ownField ? language : IndexFields.NEUTRAL);
      }
      String[] snippets =
          text.isBlank()
              ? new String[page.length]
              : Snippets.highlight(searcher, analyzer, withNear(words), docs, bodyFields);
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        String snippet = snippets[i];
        if (snippet == null || snippet.isBlank()) {
          snippet = Snippets.escape(stored[i].get(IndexFields.SUMMARY));
        }
        hits.add(hit(stored[i], score(page[i]), snippet));
      }
      return hits;
    }
  }

  /** A hit's score: the first sort value when sorting by relevance, else the computed score. */
  private static float score(ScoreDoc hit) {
    if (!Float.isNaN(hit.score)) {
      return hit.score;
    }
    return hit instanceof FieldDoc sorted && sorted.fields[0] instanceof Float score
        ? score
        : Float.NaN;
  }

  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexFields.ID_VALUE,
          IndexFields.SLUG,
          IndexFields.TYPE,
          IndexFields.TITLE,
          IndexFields.URL,
          IndexFields.SUMMARY,
          IndexFields.LANGUAGE,
          IndexFields.PUBLISHED);

  private static SearchHit hit(Document doc, float score, String snippet) {
    String published = doc.get(IndexFields.PUBLISHED);
    return new SearchHit(
        doc.getField(IndexFields.ID_VALUE).numericValue().longValue(),
        doc.get(IndexFields.SLUG),
        doc.get(IndexFields.TYPE),
        doc.get(IndexFields.TITLE),
        doc.get(IndexFields.URL),
        snippet,
        score,
        doc.get(IndexFields.LANGUAGE),
        published == null ? null : LocalDate.parse(published));
  }

  /** The negated clauses at the top of a query, to keep them when the query is widened. */
  private static List<Query> exclusions(Query query) {
    List<Query> out = new ArrayList<>();
    if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (clause.occur() == Occur.MUST_NOT) {
          out.add(clause.query());
        } else if (clause.occur() == Occur.MUST) {
          out.addAll(exclusions(clause.query()));
        }
      }
    }
    return out;
  }

  /** The day a sorted hit was published, one of its sort values (items without one: lowest). */
  private static long day(FieldDoc hit, int field) {
    return hit.fields[field] instanceof Long day ? day : Long.MIN_VALUE;
  }

  private static long total(FacetsCollector collector) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return total;
  }

  private static SortField publishedNewestFirst() {
    // Items without a date come last.
    return new SortField(IndexFields.PUBLISHED_DAY, SortField.Type.LONG, true, Long.MIN_VALUE);
  }

  private static Term idTerm(long id) {
    return new Term(IndexFields.ID, Long.toString(id));
  }

  private static Term facetTerm(String path) {
    return new Term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path);
  }

  private static String storedTitle(IndexSearcher searcher, long id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(idTerm(id)), 1);
    if (found.scoreDocs.length == 0) {
      return null;
    }
    Document doc = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of("title"));
    return IndexFields.titleKey(doc.get(IndexFields.TITLE));
  }

  /** What a reader has that is worth computing once: its facet ordinals and its languages. */
  private record ReaderState(
      IndexReader reader, SortedSetDocValuesReaderState facets, List<String> languages) {}

  private ReaderState readerState(IndexReader reader) throws IOException {
    ReaderState current = readerState;
    if (current != null && current.reader() == reader) {
      return current;
    }
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    List<String> languages = new ArrayList<>();
    for (String language : Languages.supported()) {
      if (fields.fieldInfo(IndexFields.field(IndexFields.BODY, language)) != null) {
        languages.add(language);
      }
    }
    FieldInfo facetField = fields.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    SortedSetDocValuesReaderState facets =
        facetField != null && facetField.getDocValuesType() == DocValuesType.SORTED_SET
            ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig)
            : null;
    ReaderState fresh = new ReaderState(reader, facets, List.copyOf(languages));
    readerState = fresh;
    return fresh;
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    ensureOpen();
    SearcherManager manager = searchers;
    IndexSearcher searcher;
    try {
      searcher = manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        manager.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the search index is closed");
    }
  }

  /**
   * Commits what was written (keeping the owner's last commit data, stamping the layout version)
   * and releases everything.
   */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (writer.hasUncommittedChanges()) {
          // The owner's data stays as last committed: if it no longer describes the items, the
          // owner sees a mismatch at start-up and checks or rebuilds, which is the safe side.
          Map<String, String> data = new LinkedHashMap<>();
          Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
          if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
          }
          data.put(SCHEMA_KEY, SCHEMA_VERSION);
          writer.setLiveCommitData(data.entrySet());
          writer.commit();
        }
      } finally {
        IOUtils.close(titles, searchers, writer, titleDirectory, directory);
      }
    }
  }
}
