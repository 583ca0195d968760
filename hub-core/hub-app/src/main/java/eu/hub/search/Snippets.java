package eu.hub.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of an item's body with the query's words marked. The text is HTML-escaped by Lucene's
 * passage formatter; only the {@code <mark>} tags are HTML.
 *
 * <p>The body is stored once, in {@code body}, but matched in the item's language field ({@code
 * body_sv}), so the highlighter is told to read {@code body} for any body field.
 */
final class Snippets {

  /** About this many characters per snippet. */
  private static final int LENGTH = 180;

  private Snippets() {}

  /** Text made safe to put in HTML; null stays null. */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * One snippet per document, in the order given; a document whose body does not contain the words
   * gets its opening sentence, and one without a body gets null.
   */
  static String[] highlight(
      IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs, String[] bodyFields)
      throws IOException {
    return highlight(searcher, analyzer, query, docs, bodyFields, true);
  }

  /** As above; {@code inFieldOnly} false gives the highlighter the whole query (for tests). */
  static String[] highlight(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query query,
      int[] docs,
      String[] bodyFields,
      boolean inFieldOnly)
      throws IOException {
    String[] snippets = new String[docs.length];
    if (docs.length == 0) {
      return snippets;
    }
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(
                    () ->
                        LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.3f))
                .withMaxLength(20_000)) {
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
              throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docIter.nextDoc()) {
              Document stored = searcher.storedFields().document(doc, Set.of(IndexFields.BODY));
              String body = stored.get(IndexFields.BODY);
              CharSequence[] perField = new CharSequence[fields.length];
              Arrays.fill(perField, body == null ? "" : body);
              values.add(perField);
            }
            return values;
          }
        };
    // Group the documents by the field their body is matched in: each group is one call.
    for (String field : Set.copyOf(Arrays.asList(bodyFields))) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        if (bodyFields[i].equals(field)) {
          positions.add(i);
        }
      }
      // The highlighter wants document ids in any order and answers in the same order.
      int[] groupDocs = positions.stream().mapToInt(i -> docs[i]).toArray();
      Query inField = inFieldOnly ? onlyField(query, field, true) : null;
      String[] found =
          highlighter
              .highlightFields(
                  new String[] {field}, inField == null ? query : inField, groupDocs, new int[] {1})
              .get(field);
      for (int j = 0; j < positions.size(); j++) {
        snippets[positions.get(j)] = found[j];
      }
    }
    return snippets;
  }

  /**
   * The part of a query that can mark words in one field, for documents that match the whole query;
   * null when no part can. The highlighter rewrites the query and looks up its terms for every
   * document it highlights, and a query over every language has a clause per word in each of about
   * twenty fields: this keeps the ones for the highlighted field and marks exactly the same words.
   *
   * <p>Why the marks stay the same: the highlighter marks the field's matches of every clause that
   * matches, up to a clause that does not. In a Boolean query known to match the document (the top
   * one), every required clause matches and no prohibited one does, so the required clauses can
   * become optional and the prohibited ones go. In a Boolean query that may not match, only
   * optional and prohibited clauses are simplified: an optional clause on other fields marks
   * nothing here whether it matches or not, and prohibited clauses are kept whole; one with
   * required clauses is kept whole.
   *
   * @param knownToMatch whether the document is known to match {@code query}
   */
  static Query onlyField(Query query, String field, boolean knownToMatch) {
    if (query instanceof BoostQuery boost) {
      Query inner = onlyField(boost.getQuery(), field, knownToMatch);
      return inner == null ? null : new BoostQuery(inner, boost.getBoost());
    }
    if (query instanceof BooleanQuery bool) {
      boolean hasRequired =
          bool.getMinimumNumberShouldMatch() > 0
              || bool.clauses().stream().anyMatch(BooleanClause::isRequired);
      if (!knownToMatch && hasRequired) {
        return query;
      }
      BooleanQuery.Builder kept = new BooleanQuery.Builder();
      boolean marks = false;
      for (BooleanClause clause : bool.clauses()) {
        if (clause.occur() == BooleanClause.Occur.MUST_NOT) {
          if (!knownToMatch) {
            kept.add(clause);
          }
          continue;
        }
        Query inner = onlyField(clause.query(), field, knownToMatch && clause.isRequired());
        if (inner != null) {
          kept.add(inner, BooleanClause.Occur.SHOULD);
          marks = true;
        }
      }
      return marks ? kept.build() : null;
    }
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String name) {
            fields.add(name);
            return false;
          }
        });
    if (fields.isEmpty() || !fields.contains(field)) {
      // Matches every document or none of this field's words: marks nothing here.
      return null;
    }
    return query;
  }
}
