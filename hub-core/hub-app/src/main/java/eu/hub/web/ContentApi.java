package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentStore.LinkFilter;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Vocabularies;
import eu.hub.rendering.MarkdownRenderer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JSON read API over published content. */
@Path("api/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content", description = "Published content items as JSON")
public class ContentApi {

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject MarkdownRenderer markdown;
  @Inject ItemPresenter presenter;
  @Context UriInfo uri;

  /** A page of published items. */
  public record Page(long total, int page, int size, List<ItemView> items) {}

  /** One item with its rendered body. */
  public record Item(ItemView item, String bodyHtml) {}

  @GET
  @Operation(
      summary = "A page of published items, newest first",
      description =
          "Besides the parameters below, any taxonomy vocabulary (themes, countries, service-areas,"
              + " target-groups, tags) filters by term key, e.g. countries=sweden; repeated"
              + " filters must all match.")
  @APIResponse(
      responseCode = "200",
      description = "The page, with the total count",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Page.class)))
  @APIResponse(responseCode = "400", description = "An unknown type or a bad page or size")
  public Page list(
      @Parameter(description = "Only items of this content type", example = "case-study")
          @QueryParam("type")
          String typeName,
      @Parameter(description = "The page number, from 1", example = "1") @QueryParam("page")
          String pageParam,
      @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20")
          @QueryParam("size")
          String sizeParam,
      @Parameter(
              description = "Only items that refer to this partner (its slug)",
              example = "angus-council")
          @QueryParam("partner")
          String partner,
      @Parameter(description = "Only items of this project (its slug)", example = "cosie")
          @QueryParam("project")
          String project) {
    ContentType type = typeName == null || typeName.isBlank() ? null : known(typeName);
    int page = Params.page(pageParam);
    int size = Params.positive("size", sizeParam, 20, 100);
    List<LinkFilter> filters = filters(uri.getQueryParameters());
    String name = type == null ? null : type.name();
    List<ItemView> items =
        store.listPublished(name, filters, (page - 1) * size, size).stream()
            .map(this::view)
            .toList();
    return new Page(store.countPublished(name, filters), page, size, items);
  }

  private static final Set<String> PAGING = Set.of("type", "page", "size");
  private static final Map<String, String> REFERENCES =
      Map.of("partner", "partner", "project", "project");
  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,200}");

  /** Query parameters other than paging become filters; an unknown one is a mistake worth a 400. */
  private List<LinkFilter> filters(MultivaluedMap<String, String> query) {
    List<LinkFilter> filters = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      if (PAGING.contains(name)) {
        continue;
      }
      String kind;
      String scope;
      if (REFERENCES.containsKey(name)) {
        kind = ContentLink.REFERENCE;
        scope = REFERENCES.get(name);
      } else if (Vocabularies.byName(types, name).isPresent()) {
        kind = ContentLink.TERM;
        scope = name;
      } else {
        List<String> known = new ArrayList<>(List.of("type", "page", "size", "partner", "project"));
        Vocabularies.used(types).forEach(v -> known.add(v.name()));
        throw new BadRequestException(
            "Unknown parameter '" + name + "' (known: " + String.join(", ", known) + ")");
      }
      for (String value : e.getValue()) {
        if (!KEY.matcher(value).matches()) {
          throw new BadRequestException(
              "'" + name + "' takes a slug or term key such as sweden, not '" + value + "'");
        }
        filters.add(new LinkFilter(kind, scope, value));
      }
    }
    return filters;
  }

  @GET
  @Path("{type}/{slug}")
  @Operation(summary = "One published item with its body rendered to HTML")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Item.class)))
  @APIResponse(responseCode = "404", description = "No such type, or nothing published there")
  public Item get(
      @Parameter(description = "The content type", example = "case-study", required = true)
          @PathParam("type")
          String typeName,
      @Parameter(description = "The item's slug", required = true) @PathParam("slug") String slug,
      @Parameter(description = "A language code, when the item has translations", example = "sv")
          @QueryParam("lang")
          String lang) {
    ContentType type =
        types
            .byName(typeName)
            .orElseThrow(() -> new NotFoundException("No content type '" + typeName + "'"));
    ContentItem item =
        store.findPublished(type.name(), slug).stream()
            .filter(i -> lang == null || i.language().equals(lang))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No published " + type.name() + " with slug '" + slug + "'"));
    return new Item(view(item), markdown.toHtml(item.body(), presenter.renderOptions(type)));
  }

  private ContentType known(String name) {
    return types
        .byName(name)
        .orElseThrow(
            () ->
                new BadRequestException(
                    "'type' must be one of "
                        + String.join(", ", types.names())
                        + ", not '"
                        + name
                        + "'"));
  }

  private ItemView view(ContentItem item) {
    return ItemView.of(item, types.byName(item.type()).orElse(null));
  }
}
