package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

  /** A page of published items. */
  public record Page(long total, int page, int size, List<ItemView> items) {}

  /** One item with its rendered body. */
  public record Item(ItemView item, String bodyHtml) {}

  @GET
  @Operation(summary = "A page of published items, newest first")
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
          String sizeParam) {
    ContentType type = typeName == null || typeName.isBlank() ? null : known(typeName);
    int page = Params.page(pageParam);
    int size = Params.positive("size", sizeParam, 20, 100);
    String name = type == null ? null : type.name();
    List<ItemView> items =
        store.listPublished(name, (page - 1) * size, size).stream().map(this::view).toList();
    return new Page(store.countPublished(name), page, size, items);
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
