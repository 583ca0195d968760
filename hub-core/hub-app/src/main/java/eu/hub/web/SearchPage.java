package eu.hub.web;

import eu.hub.search.SearchRequest;
import eu.hub.search.SearchResponse;
import eu.hub.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The search results page: the same search as the API, with facets as a filter form. */
@Path("search")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SearchPage {

  @Inject SearchService search;
  @Inject SearchQueries queries;
  @Inject ReaderChoices reader;
  @Inject PageModels models;
  @Context UriInfo uri;

  @GET
  public String results() {
    SearchRequest request = queries.parse(uri.getQueryParameters());
    boolean asked = !request.q().isBlank() || !request.filters().isEmpty() || request.hasDates();
    Map<String, Object> data = new HashMap<>();
    data.put("q", request.q());
    data.put("sort", request.sort().name().toLowerCase(Locale.ROOT));
    data.put("dateFilter", queries.hasDateFilter() || request.hasDates());
    data.put("from", request.from() == null ? "" : request.from().toString());
    data.put("to", request.to() == null ? "" : request.to().toString());
    if (asked) {
      SearchResponse response = search.search(request);
      long pages =
          Math.min(
              SearchRequest.MAX_PAGE,
              Math.max(1, (response.total() + request.size() - 1) / request.size()));
      data.put("total", response.total());
      data.put("hits", response.hits().stream().map(SearchApi::hit).toList());
      data.put("facets", queries.facets(response, request));
      data.put("suggestion", response.suggestion());
      if (response.suggestion() != null) {
        data.put(
            "suggestionUrl",
            "/search?q=" + URLEncoder.encode(response.suggestion(), StandardCharsets.UTF_8));
      }
      data.put("pager", Pager.of("/search", uri.getQueryParameters(), request.page(), (int) pages));
    }
    data.put("asked", asked);
    String title =
        asked && !request.q().isBlank()
            ? reader.message("search.title") + ": " + request.q()
            : reader.message("search.title");
    SitePages.Page page =
        new SitePages.Page(
            title,
            "Search case studies, lessons learned and magazines.",
            "/search",
            reader.language());
    return reader.render(
        "search",
        models.model(page, List.of(new Link(reader.message("search.title"), null)), data));
  }
}
