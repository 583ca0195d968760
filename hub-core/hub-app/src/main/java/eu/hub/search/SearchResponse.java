package eu.hub.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many items match in all
 * @param hits this page's items, best first
 * @param facets for each facet, its values with the number of matching items; a facet that is
 *     filtered on is counted as if its own filter were not applied (the other filters are), so the
 *     visitor sees what choosing another value would give
 * @param suggestion the query with unknown words replaced by close known ones ("did you mean"), or
 *     null
 */
public record SearchResponse(
    long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String suggestion) {

  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
