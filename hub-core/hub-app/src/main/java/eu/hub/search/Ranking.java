package eu.hub.search;

/**
 * The weights of the ranking, in one place so that a relevance run can compare them.
 *
 * @param title weight of a title match
 * @param summary weight of a summary match
 * @param body weight of a body match
 * @param neutral weight of the language-neutral fields relative to the language's own fields, when
 *     a query searches every language
 * @param proximity weight of the clause rewarding query words that appear close together
 * @param slop how far apart (in positions) two neighbouring query words may be and still count as
 *     close
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 */
record Ranking(
    float title,
    float summary,
    float body,
    float neutral,
    float proximity,
    int slop,
    float k1,
    float b) {

  /**
   * The Hub's ranking, chosen on the CACM collection (MAP over its 52 judged queries, see {@code
   * CacmRelevanceTest}; {@code RankingTuningTest} compares variants):
   *
   * <ul>
   *   <li>BM25 k1 0.9, b 0.4 (Anserini's tuned values) beat Lucene's 1.2/0.75: flat fields 0.3667
   *       against 0.3484.
   *   <li>A small title boost helps, a large one hurts (CACM titles are short and their bodies
   *       repeat their words): with the other features, title 1 gave 0.3716, 1.2 gave 0.3829, 1.5
   *       gave 0.3774; title 2 alone gave 0.3403 against 0.3667 flat.
   *   <li>The neutral fields add exact-form matches to the stems: +0.013 at 0.2; 0.3 and 0.5 did
   *       worse.
   *   <li>The proximity clause adds +0.016 at 0.3 and a little more at 0.6; slop 8 did not help.
   *   <li>With these features Lucene's default BM25 (1.2/0.75) gave 0.3789.
   * </ul>
   */
  static final Ranking DEFAULT = new Ranking(1.2f, 1.1f, 1f, 0.2f, 0.6f, 4, 0.9f, 0.4f);
}
