package eu.hub.search.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TREC measures as trec_eval computes them, over the judged queries only: average precision
 * (the mean of the precision at each relevant document retrieved, divided by all relevant ones) and
 * precision at 30. A judged query that retrieves nothing counts as zero.
 */
public final class TrecEval {

  /** trec_eval's default cut-off. */
  public static final int DEPTH = 1000;

  private TrecEval() {}

  /** The measures over a run. */
  public record Result(double map, double p30, int queries) {}

  /**
   * Scores a run.
   *
   * @param run the ranked document ids returned for each query
   * @param judgments the relevant document ids of each judged query
   */
  public static Result evaluate(Map<String, List<String>> run, Map<String, Set<String>> judgments) {
    double apSum = 0;
    double p30Sum = 0;
    for (Map.Entry<String, Set<String>> judged : judgments.entrySet()) {
      List<String> ranked = run.getOrDefault(judged.getKey(), List.of());
      apSum += averagePrecision(ranked, judged.getValue());
      p30Sum += precisionAt(30, ranked, judged.getValue());
    }
    int n = judgments.size();
    return new Result(n == 0 ? 0 : apSum / n, n == 0 ? 0 : p30Sum / n, n);
  }

  /** Average precision of one ranking, cut at {@link #DEPTH}. */
  public static double averagePrecision(List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int found = 0;
    double sum = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < Math.min(ranked.size(), DEPTH); i++) {
      if (seen.add(ranked.get(i)) && relevant.contains(ranked.get(i))) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /** The share of the first k places that hold relevant documents. */
  public static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
    int found = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (seen.add(ranked.get(i)) && relevant.contains(ranked.get(i))) {
        found++;
      }
    }
    return (double) found / k;
  }
}
