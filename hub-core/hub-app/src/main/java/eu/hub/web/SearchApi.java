package eu.hub.web;

import eu.hub.search.SearchHit;
import eu.hub.search.SearchRequest;
import eu.hub.search.SearchResponse;
import eu.hub.search.SearchService;
import eu.hub.search.Suggestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over published content, as JSON. */
@Path("api/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search with facets, snippets and suggestions")
public class SearchApi {

  @Inject SearchService search;
  @Inject SearchQueries queries;
  @Context UriInfo uri;

  /** One result. {@code snippet} is HTML: escaped text with the matched words in mark elements. */
  public record Hit(
      String slug,
      String type,
      String title,
      String url,
      String snippet,
      float score,
      String language,
      String published) {}

  /** A facet value with its count and a label to show. */
  public record FacetValue(String value, long count, String label) {}

  /** A page of results with facet counts and a spelling suggestion (null when none). */
  @JsonbNillable
  public record Results(
      long total,
      int page,
      int size,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      String suggestion) {}

  /** A completion. */
  public record Completion(String text, String kind, String url) {}

  @GET
  @Operation(
      summary = "Search published content",
      description =
          "q accepts words, \"quoted phrases\", -exclusions and OR; anything else is read as words."
              + " Filters: type, language, year, partner, project, country, theme, service-area,"
              + " target-group, tag and the filters plugins declare; repeat a filter to allow"
              + " several values. sort is relevance (default) or newest; page from 1, size up to"
              + " 100. from and to (dates like 2026-12-31, either may be left out) keep items that"
              + " take place in that period, such as events; items without dates are then left"
              + " out.")
  @APIResponse(responseCode = "200", description = "The results")
  @APIResponse(
      responseCode = "400",
      description = "An unknown parameter or a bad value, with a message")
  public Results search(
      @Parameter(description = "What to look for", example = "older people digital services")
          @QueryParam("q")
          String q) {
    SearchRequest request = queries.parse(uri.getQueryParameters());
    SearchResponse response = search.search(request);
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (SearchQueries.Facet f : queries.facets(response, request)) {
      facets.put(
          f.name(),
          f.values().stream().map(v -> new FacetValue(v.value(), v.count(), v.label())).toList());
    }
    return new Results(
        response.total(),
        request.page(),
        request.size(),
        response.hits().stream().map(SearchApi::hit).toList(),
        facets,
        response.suggestion());
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Completions for what is being typed: item titles and words")
  @APIResponse(responseCode = "200", description = "Up to 10 completions")
  @APIResponse(responseCode = "400", description = "A missing or too long q")
  public List<Completion> suggest(
      @Parameter(description = "The start of a word or title", example = "partici") @QueryParam("q")
          String q,
      @Parameter(description = "How many, 1 to 20 (default 8)") @QueryParam("size") String size) {
    if (q == null || q.isBlank()) {
      throw new BadRequestException("'q' is required: the text typed so far.");
    }
    if (q.length() > 200) {
      throw new BadRequestException("'q' is longer than 200 characters.");
    }
    int max = Params.positive("size", size, 8, 20);
    List<Suggestion> suggestions = search.suggest(q, max);
    return suggestions.stream()
        .map(s -> new Completion(s.text(), s.kind().name().toLowerCase(Locale.ROOT), s.url()))
        .toList();
  }

  static Hit hit(SearchHit h) {
    return new Hit(
        h.slug(),
        h.type(),
        h.title(),
        h.url(),
        h.snippet(),
        h.score(),
        h.language(),
        h.published() == null ? null : h.published().toString());
  }
}
