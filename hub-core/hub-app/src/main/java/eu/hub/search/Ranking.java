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

  /** The Hub's ranking; chosen with the CACM relevance run, see {@code CacmRelevanceTest}. */
  static final Ranking DEFAULT = new Ranking(2f, 1.5f, 1f, 0.2f, 0.3f, 4, 0.9f, 0.4f);
}
