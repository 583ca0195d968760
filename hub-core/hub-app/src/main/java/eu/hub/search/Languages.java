package eu.hub.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Which analyzer reads which language. Every language gets Lucene's own stemming analyzer with
 * accents folded at the end (after stemming, because the stemmers expect the accented letters), so
 * "Malmö" and "Malmo" meet. Text in a language without an analyzer is only indexed in the neutral
 * fields.
 *
 * <p>Polish has no stemmer here: Lucene's Stempel analyzer is not in the Maven repository these
 * builds use, so Polish is lower-cased and folded only.
 */
final class Languages {

  private static final Map<String, Supplier<Analyzer>> ANALYZERS = new LinkedHashMap<>();

  static {
    ANALYZERS.put("en", EnglishAnalyzer::new);
    ANALYZERS.put("sv", SwedishAnalyzer::new);
    ANALYZERS.put("fi", FinnishAnalyzer::new);
    ANALYZERS.put("da", DanishAnalyzer::new);
    ANALYZERS.put("no", NorwegianAnalyzer::new);
    ANALYZERS.put("nl", DutchAnalyzer::new);
    ANALYZERS.put("de", GermanAnalyzer::new);
    ANALYZERS.put("fr", FrenchAnalyzer::new);
    ANALYZERS.put("es", SpanishAnalyzer::new);
    ANALYZERS.put("it", ItalianAnalyzer::new);
    ANALYZERS.put("pt", PortugueseAnalyzer::new);
    ANALYZERS.put("pl", Languages::neutral);
    ANALYZERS.put("et", EstonianAnalyzer::new);
    ANALYZERS.put("lv", LatvianAnalyzer::new);
    ANALYZERS.put("lt", LithuanianAnalyzer::new);
    ANALYZERS.put("cs", CzechAnalyzer::new);
    ANALYZERS.put("hu", HungarianAnalyzer::new);
    ANALYZERS.put("ro", RomanianAnalyzer::new);
    ANALYZERS.put("el", GreekAnalyzer::new);
    ANALYZERS.put("bg", BulgarianAnalyzer::new);
    ANALYZERS.put("ga", IrishAnalyzer::new);
    ANALYZERS.put("ca", CatalanAnalyzer::new);
  }

  private Languages() {}

  /** The languages with their own fields. */
  static Set<String> supported() {
    return ANALYZERS.keySet();
  }

  /**
   * The language code an item's language maps to ("sv-SE" and "SV" are "sv"; Norwegian Bokmål and
   * Nynorsk are "no"), or null when the language has no analyzer of its own.
   */
  static String analysed(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    if (primary.equals("nb") || primary.equals("nn")) {
      primary = "no";
    }
    return ANALYZERS.containsKey(primary) ? primary : null;
  }

  /**
   * One analyzer for every field: language fields use their language's analyzer, everything else
   * (the neutral fields, the spelling and suggestion fields) the neutral one.
   */
  static Analyzer perField() {
    Map<String, Analyzer> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Analyzer>> language : ANALYZERS.entrySet()) {
      Analyzer analyzer = new Folding(language.getValue().get());
      for (String role : IndexFields.TEXT_ROLES) {
        fields.put(IndexFields.field(role, language.getKey()), analyzer);
      }
    }
    return new PerFieldAnalyzerWrapper(neutral(), fields);
  }

  /** Words as written: lower-cased, accents folded, no stop words, no stemming. */
  static Analyzer neutral() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
            source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Adds accent folding after a language analyzer's own chain. */
  private static final class Folding extends AnalyzerWrapper {
    private final Analyzer delegate;

    Folding(Analyzer delegate) {
      super(Analyzer.GLOBAL_REUSE_STRATEGY);
      this.delegate = delegate;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return delegate;
    }

    @Override
    protected TokenStreamComponents wrapComponents(
        String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(
          components.getSource(), new ASCIIFoldingFilter(components.getTokenStream()));
    }

    @Override
    protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(in);
    }
  }
}
