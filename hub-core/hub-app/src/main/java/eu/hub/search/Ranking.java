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
   *   <li>Title boosts cost MAP on CACM, whose titles are short and whose bodies repeat their
   *       words: title 2 gave 0.3403 against 0.3667 flat, title 1.5 with the other features 0.3728,
   *       title 1.2 0.3829. 1.2 keeps titles first among equal matches at little cost.
   *   <li>The neutral fields (0.2) add exact-form matches to the stems: +0.013.
   *   <li>The proximity clause adds +0.016 at 0.3 and a little more at 0.6; slop 8 did not help.
   * </ul>
   */
  static final Ranking DEFAULT = new Ranking(1.2f, 1.1f, 1f, 0.2f, 0.6f, 4, 0.9f, 0.4f);
}
