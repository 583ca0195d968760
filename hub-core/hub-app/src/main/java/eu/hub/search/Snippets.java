package eu.hub.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
      String[] found =
          highlighter
              .highlightFields(new String[] {field}, query, groupDocs, new int[] {1})
              .get(field);
      for (int j = 0; j < positions.size(); j++) {
        snippets[positions.get(j)] = found[j];
      }
    }
    return snippets;
  }
}
