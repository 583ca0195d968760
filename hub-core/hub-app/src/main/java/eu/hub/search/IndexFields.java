package eu.hub.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's field names and how a {@link SearchDocument} becomes a Lucene document.
 *
 * <p>Text is indexed twice: in its language's fields ({@code title_sv}, {@code summary_sv}, {@code
 * body_sv}), stemmed, and in the neutral fields ({@code title_all}, ...), as written. The item's
 * text is stored once ({@code title}, {@code summary}, {@code body}) for results, snippets and
 * related items.
 */
final class IndexFields {

  static final String ID = "id";
  static final String ID_VALUE = "id_value";
  static final String TYPE = "type";
  static final String SLUG = "slug";
  static final String LANGUAGE = "language";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String URL = "url";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String TITLE_KEY = "title_key";
  static final String YEAR = "year";
  static final String FACET = "facet";
  static final String RUNS = "runs";

  /** The text roles, each indexed per language and neutrally. */
  static final List<String> TEXT_ROLES = List.of(TITLE, SUMMARY, BODY);

  /** The suffix of the language-neutral text fields. */
  static final String NEUTRAL = "all";

  /** Facets the index fills itself, whatever the document's facet map says. */
  static final Set<String> OWN_FACETS = Set.of(TYPE, LANGUAGE);

  /** Longest title kept as an exact key (Lucene terms are limited to 32 kB). */
  private static final int MAX_KEY = 1000;

  /** Body text with offsets in the postings, so snippets need no re-analysis. */
  private static final FieldType BODY_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TEXT.freeze();
  }

  private IndexFields() {}

  /** A text field's name: a role and a language code or {@link #NEUTRAL}. */
  static String field(String role, String language) {
    return role + "_" + language;
  }

  /** The facet configuration: every facet may have several values. */
  static FacetsConfig facetsConfig() {
    return new FacetsConfig() {
      @Override
      protected DimConfig getDefaultDimConfig() {
        DimConfig config = new DimConfig();
        config.multiValued = true;
        return config;
      }
    };
  }

  /** The title as the key that tells whether another item has the same title. */
  static String titleKey(String title) {
    return title.length() > MAX_KEY ? title.substring(0, MAX_KEY) : title;
  }

  /** The facet values an item is counted under, cleaned of what Lucene cannot take. */
  static Map<String, Set<String>> facetValues(SearchDocument item) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    add(values, TYPE, item.type());
    add(values, LANGUAGE, item.language());
    item.facets()
        .forEach(
            (name, list) -> {
              String dim = clean(name);
              if (!dim.isEmpty() && !OWN_FACETS.contains(dim)) {
                list.forEach(value -> add(values, dim, value));
              }
            });
    if (!values.containsKey(YEAR) && item.published() != null) {
      add(values, YEAR, String.valueOf(item.published().getYear()));
    }
    return values;
  }

  private static void add(Map<String, Set<String>> values, String dim, String value) {
    String clean = clean(value);
    if (!clean.isEmpty()) {
      values.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(clean);
    }
  }

  /** Facet names and values: stripped, without control characters, at most 200 characters. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
    return clean.length() > 200 ? clean.substring(0, 200) : clean;
  }

  /** The Lucene document for an item; {@code bodyText} is the body as plain text. */
  static Document document(SearchDocument item, String bodyText, FacetsConfig config)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(item.id()), Field.Store.NO));
    doc.add(new StoredField(ID_VALUE, item.id()));
    doc.add(new NumericDocValuesField(ID_VALUE, item.id()));
    doc.add(new StoredField(TYPE, item.type()));
    doc.add(new StoredField(SLUG, item.slug()));
    doc.add(new StoredField(LANGUAGE, item.language()));
    doc.add(new StoredField(TITLE, item.title()));
    doc.add(new StoredField(SUMMARY, item.summary()));
    doc.add(new StoredField(BODY, bodyText));
    doc.add(new StoredField(URL, item.url()));
    doc.add(new StringField(TITLE_KEY, titleKey(item.title()), Field.Store.NO));
    LocalDate published = item.published();
    if (published != null) {
      doc.add(new StoredField(PUBLISHED, published.toString()));
      doc.add(new NumericDocValuesField(PUBLISHED_DAY, published.toEpochDay()));
    }
    if (item.runsFrom() != null) {
      // A range of days, so that a search for a period finds what overlaps it.
      doc.add(
          new LongRange(
              RUNS,
              new long[] {item.runsFrom().toEpochDay()},
              new long[] {item.runsTo().toEpochDay()}));
    }

    String language = Languages.analysed(item.language());
    for (String suffix : language == null ? List.of(NEUTRAL) : List.of(language, NEUTRAL)) {
      doc.add(new TextField(field(TITLE, suffix), item.title(), Field.Store.NO));
      doc.add(new TextField(field(SUMMARY, suffix), item.summary(), Field.Store.NO));
      doc.add(new Field(field(BODY, suffix), bodyText, BODY_TEXT));
    }

    facetValues(item)
        .forEach(
            (dim, values) ->
                values.forEach(
                    value -> {
                      doc.add(new SortedSetDocValuesFacetField(dim, value));
                      doc.add(new StoredField(FACET, FacetsConfig.pathToString(dim, value)));
                    }));
    return config.build(doc);
  }
}
