package eu.hub.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;

/**
 * Lucene's infix suggester over item titles, with the one thing it lacks for an index that changes:
 * removing a title when no item has it any more.
 */
final class TitleSuggester extends AnalyzingInfixSuggester {

  /** Completions start from the second character typed. */
  private static final int MIN_PREFIX_CHARS = 2;

  TitleSuggester(Directory directory, Analyzer analyzer) throws IOException {
    super(directory, analyzer, analyzer, MIN_PREFIX_CHARS, false, true, false, false);
  }

  /** Removes a title; visible after {@link #refresh()}. */
  void remove(String title) throws IOException {
    synchronized (writerLock) {
      if (writer != null) {
        writer.deleteDocuments(new Term(EXACT_TEXT_FIELD_NAME, title));
      }
    }
  }
}
