package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private static final List<String> LANGUAGES = List.of("en", "sv", "de");

  private static final List<SearchDocument> ITEMS =
      List.of(
          item(1, "en", "Digital skills for older people", "Older people learn digital skills."),
          // The pair "digital ... skills" stands close in the body, but not as the exact phrase.
          item(2, "en", "Digital skills", "Digital and practical skills; nothing else here."),
          item(3, "en", "Open data", "A chatbot answers questions about digital services."),
          item(4, "sv", "Digitala tjänster", "Äldre personer lär sig digitala tjänster i Malmö."),
          item(5, "de", "Digitale Verwaltung", "Ältere Menschen nutzen digitale Verwaltung."),
          item(6, "en", "Budgets", "Participatory budgeting lets residents decide on budgets."));

  private static SearchDocument item(long id, String language, String title, String body) {
    return new SearchDocument(
        id,
        "article",
        "item-" + id,
        language,
        title,
        "",
        body,
        "/articles/item-" + id,
        LocalDate.of(2024, 1, 1),
        Map.of());
  }

  /** The query the engine builds over every language, with the proximity bonus. */
  private static Query everyLanguage(String text, Analyzer analyzer) {
    Map<String, Float> weights = new LinkedHashMap<>();
    List<String> near = new ArrayList<>();
    for (String language : LANGUAGES) {
      weights.putAll(UserQuery.weights(language, Ranking.DEFAULT, 1f));
      near.add(IndexFields.field(IndexFields.TITLE, language));
      near.add(IndexFields.field(IndexFields.BODY, language));
    }
    weights.putAll(UserQuery.weights(IndexFields.NEUTRAL, Ranking.DEFAULT, 0.2f));
    String tidy = UserQuery.tidy(text);
    Query parsed = UserQuery.parse(tidy, analyzer, weights);
    Query proximity = UserQuery.proximity(UserQuery.positiveWords(tidy), analyzer, near, 4);
    if (proximity == null) {
      return parsed;
    }
    return new BooleanQuery.Builder()
        .add(parsed, Occur.MUST)
        .add(new BoostQuery(proximity, 0.6f), Occur.SHOULD)
        .build();
  }

  @Test
  void highlightingWithTheBodyFieldsClausesOnlyMarksExactlyWhatTheWholeQueryMarks()
      throws Exception {
    Analyzer analyzer = Languages.perField();
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (SearchDocument item : ITEMS) {
          writer.addDocument(IndexFields.document(item, item.body(), IndexFields.facetsConfig()));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (String text :
            List.of(
                "digital skills",
                "\"digital skills\" older",
                "digital services -chatbot",
                "(older | äldre) digital*",
                "digitala tjänster för äldre",
                "ältere Menschen",
                "budgetting~",
                "-chatbot")) {
          Query query = everyLanguage(text, analyzer);
          ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
          int[] docs = new int[hits.length];
          String[] fields = new String[hits.length];
          for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
            String language = searcher.storedFields().document(hits[i].doc).get("language");
            fields[i] = IndexFields.field(IndexFields.BODY, language);
          }
          String[] whole = Snippets.highlight(searcher, analyzer, query, docs, fields, false);
          String[] inField = Snippets.highlight(searcher, analyzer, query, docs, fields, true);
          assertThat(inField).as(text).containsExactly(whole);
          compared += hits.length;
        }
        assertThat(compared).isGreaterThan(10);
      }
    }
  }

  @Test
  void theHighlightedFieldKeepsItsClausesAndExclusionsInsideAlternatives() {
    Analyzer analyzer = Languages.perField();
    Query query = everyLanguage("digital (skills -chatbot)", analyzer);
    Query inField = Snippets.onlyField(query, "body_en", true);
    String printed = inField.toString();
    // The words: this field's clauses only. An exclusion inside an alternative decides whether the
    // alternative matches at all, so it is kept whole, with every field.
    assertThat(printed)
        .startsWith("((body_en:digit) ((body_en:skill) -(")
        .contains("body_sv:chatbot")
        .endsWith("(body_en:\"digit skill\"~4)^0.6");
    assertThat(Snippets.onlyField(query, "body_fi", true)).isNull();
  }
}
