package eu.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Turns what a visitor typed into Lucene queries. The text is read with {@link SimpleQueryParser},
 * which never fails: whatever is not valid syntax is read as words.
 *
 * <p>The operators are quoted phrases, {@code -word} at the start of a word, {@code |} or {@code
 * OR}, parentheses, {@code word*} and {@code word~}. {@code +} is not an operator, so "C++" in a
 * question does not make the next word required. Words are alternatives: a word no item has never
 * empties the results.
 */
final class UserQuery {

  private static final int FLAGS =
      SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.WHITESPACE_OPERATOR
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.FUZZY_OPERATOR
          | SimpleQueryParser.NEAR_OPERATOR;

  /** Longer queries are cut: nobody types more, and every word costs a clause per field. */
  static final int MAX_CHARS = 1000;

  /** Words after this many are dropped, for the same reason. */
  static final int MAX_WORDS = 100;

  /**
   * Longer words are not looked up by spelling: nobody mistypes them, and the automata that find
   * close words grow with the word.
   */
  private static final int MAX_FUZZY_LENGTH = 24;

  /** At most this many words are looked up by spelling, in the order typed. */
  private static final int MAX_FUZZY_WORDS = 8;

  /** At most this many neighbouring word pairs get a proximity clause. */
  private static final int MAX_PAIRS = 16;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cs}\\p{Co}\\p{Cn}]");
  private static final Pattern OR = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
  private static final Pattern FIELD_SYNTAX = Pattern.compile("[:\\[\\]{}^]");
  private static final Pattern EXCLUDED = Pattern.compile("(?<=^|[\\s(])-+\\S*");
  private static final Pattern OPERATORS = Pattern.compile("[\"()|*~\\\\]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*");

  private UserQuery() {}

  /**
   * The text as the parser should see it: control and unassigned characters become spaces, the
   * length is capped (without splitting a surrogate pair) and so is the number of words, {@code OR}
   * becomes {@code |}, and the classic query syntax that this parser does not have ({@code
   * title:x}, {@code [a TO b]}, {@code x^2}) is read as separate words.
   */
  static String tidy(String text) {
    String clean = FIELD_SYNTAX.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ");
    if (clean.length() > MAX_CHARS) {
      int end = MAX_CHARS;
      if (Character.isHighSurrogate(clean.charAt(end - 1))) {
        end--;
      }
      clean = clean.substring(0, end);
    }
    String[] words = clean.strip().split("\\s+");
    if (words.length > MAX_WORDS) {
      clean = String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
    return OR.matcher(clean).replaceAll("|").strip();
  }

  /** The words the visitor wants, without the excluded ones and without operators. */
  static String positiveWords(String tidied) {
    String kept = EXCLUDED.matcher(tidied).replaceAll(" ");
    return OPERATORS.matcher(kept).replaceAll(" ");
  }

  /** The parsed query over the weighted fields, or null when the text has no words. */
  static Query parse(String tidied, Analyzer analyzer, Map<String, Float> weights) {
    if (tidied.isBlank() || weights.isEmpty()) {
      return null;
    }
    Query parsed;
    try {
      SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
      parser.setDefaultOperator(Occur.SHOULD);
      parsed = parser.parse(tidied);
    } catch (RuntimeException e) {
      // Not expected from SimpleQueryParser; fall back to the words alone.
      SimpleQueryParser words =
          new SimpleQueryParser(analyzer, weights, SimpleQueryParser.WHITESPACE_OPERATOR);
      words.setDefaultOperator(Occur.SHOULD);
      parsed = words.parse(positiveWords(tidied));
    }
    if (parsed instanceof MatchNoDocsQuery) {
      // Only operators and punctuation: no words to search with.
      return null;
    }
    return liftExclusions(parsed);
  }

  /**
   * SimpleQueryParser writes {@code -word} as "everything but word" next to the other words, which
   * with optional words would find every item without the word. This makes the exclusion apply to
   * its neighbours instead: {@code a b -c} finds items with a or b, without c.
   */
  static Query liftExclusions(Query query) {
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(liftExclusions(boost.getQuery()), boost.getBoost());
    }
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    BooleanQuery.Builder lifted = new BooleanQuery.Builder();
    lifted.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause clause : bool.clauses()) {
      Query inner = liftExclusions(clause.query());
      Query excluded = excludedBy(inner);
      if (excluded != null && clause.occur() != Occur.MUST_NOT) {
        lifted.add(excluded, Occur.MUST_NOT);
      } else {
        lifted.add(inner, clause.occur());
        positive |= clause.occur() != Occur.MUST_NOT;
      }
    }
    if (!positive) {
      lifted.add(MatchAllDocsQuery.INSTANCE, Occur.SHOULD);
    }
    return lifted.build();
  }

  /** The excluded query if this is SimpleQueryParser's "everything but" form, else null. */
  private static Query excludedBy(Query query) {
    if (query instanceof BooleanQuery bool && bool.clauses().size() == 2) {
      BooleanClause first = bool.clauses().get(0);
      BooleanClause second = bool.clauses().get(1);
      if (first.occur() == Occur.MUST_NOT
          && second.occur() == Occur.SHOULD
          && second.query() instanceof MatchAllDocsQuery) {
        return first.query();
      }
    }
    return null;
  }

  /**
   * Rewards items where neighbouring query words stand close together: a sloppy phrase for each
   * pair of neighbouring words, in each field. Null for a single word.
   */
  static Query proximity(String words, Analyzer analyzer, List<String> fields, int slop) {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int count = 0;
    for (String field : fields) {
      List<Token> tokens = tokens(analyzer, field, words);
      for (int i = 0; i + 1 < tokens.size() && i < MAX_PAIRS; i++) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        if (a.text().equals(b.text()) || b.position() <= a.position()) {
          continue;
        }
        PhraseQuery phrase =
            new PhraseQuery.Builder()
                .add(new Term(field, a.text()), 0)
                .add(new Term(field, b.text()), b.position() - a.position())
                .setSlop(slop)
                .build();
        pairs.add(phrase, Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : pairs.build();
  }

  /**
   * Each word also matches words one or two letters off, in the given fields, each field's words
   * analysed as that field is (so stems are compared with stems).
   */
  static Query fuzzy(String words, Analyzer analyzer, List<String> fields) {
    BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
    int count = 0;
    for (String field : fields) {
      Set<String> seen = new HashSet<>();
      for (Token token : tokens(analyzer, field, words)) {
        int length = token.text().codePointCount(0, token.text().length());
        if (length < 3 || length > MAX_FUZZY_LENGTH || !seen.add(token.text())) {
          continue;
        }
        if (seen.size() > MAX_FUZZY_WORDS) {
          break;
        }
        int edits = length < 6 ? 1 : 2;
        fuzzy.add(new FuzzyQuery(new Term(field, token.text()), edits, 1), Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : fuzzy.build();
  }

  /** Whether the text asks for an exact phrase, which a fuzzy widening would not respect. */
  static boolean hasPhrase(String tidied) {
    return tidied.chars().filter(c -> c == '"').count() >= 2;
  }

  /**
   * The query with each word no item contains replaced by the closest word that items do contain,
   * or null when every word is known or nothing closer is found.
   */
  static String didYouMean(String original, IndexReader reader, Analyzer analyzer)
      throws IOException {
    String title = IndexFields.field(IndexFields.TITLE, IndexFields.NEUTRAL);
    String body = IndexFields.field(IndexFields.BODY, IndexFields.NEUTRAL);
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    Matcher words = WORD.matcher(original);
    int last = 0;
    boolean changed = false;
    int checked = 0;
    int unknown = 0;
    while (words.find() && checked < 32) {
      String word = words.group();
      String term = analyzer.normalize(body, word).utf8ToString();
      if (term.length() < 3 || term.length() > MAX_FUZZY_LENGTH) {
        continue;
      }
      checked++;
      if (reader.docFreq(new Term(body, term)) > 0 || reader.docFreq(new Term(title, term)) > 0) {
        continue;
      }
      if (++unknown > MAX_FUZZY_WORDS) {
        break;
      }
      SuggestWord best = null;
      for (String field : List.of(body, title)) {
        SuggestWord[] found =
            checker.suggestSimilar(
                new Term(field, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (found.length > 0) {
          best = found[0];
          break;
        }
      }
      if (best != null) {
        out.append(original, last, words.start()).append(best.string);
        last = words.end();
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    return out.append(original.substring(last)).toString();
  }

  /** An analysed word and its position. */
  record Token(String text, int position) {}

  static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += Math.max(increment.getPositionIncrement(), 0);
        tokens.add(new Token(term.toString(), Math.max(position, 0)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Field weights for one language's fields, scaled. */
  static Map<String, Float> weights(String language, Ranking ranking, float scale) {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(IndexFields.field(IndexFields.TITLE, language), ranking.title() * scale);
    weights.put(IndexFields.field(IndexFields.SUMMARY, language), ranking.summary() * scale);
    weights.put(IndexFields.field(IndexFields.BODY, language), ranking.body() * scale);
    return weights;
  }
}
