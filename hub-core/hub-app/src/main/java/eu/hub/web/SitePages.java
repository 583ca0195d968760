package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.operations.HubSettings;
import eu.hub.rendering.MarkdownRenderer;
import eu.hub.theme.ThemeRenderer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The public pages: home, listings per content type, and one page per item. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SitePages {

  static final int PAGE_SIZE = 20;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject ThemeRenderer theme;
  @Inject MarkdownRenderer markdown;
  @Inject HubSettings settings;

  @GET
  public String home() {
    List<ItemView> latest = views(store.listPublished(null, 0, 12));
    return theme.render("home", model("Home", null, Map.of("latest", latest)));
  }

  @GET
  @Path("{segment:[a-z0-9-]+}")
  public String listing(
      @PathParam("segment") String segment, @QueryParam("page") String pageParam) {
    ContentType type = typeAt(segment);
    int page = Params.page(pageParam);
    long total = store.countPublished(type.name());
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page > pages) {
      throw new NotFoundException("There is no page " + page + " of " + type.pluralLabel() + ".");
    }
    List<ItemView> items =
        views(store.listPublished(type.name(), (page - 1) * PAGE_SIZE, PAGE_SIZE));
    Map<String, Object> data = new HashMap<>();
    data.put(
        "type",
        Map.of("label", type.label(), "pluralLabel", type.pluralLabel(), "url", "/" + segment));
    data.put("items", items);
    data.put("page", page);
    data.put("pages", pages);
    data.put("total", total);
    return theme.render("listing", model(type.pluralLabel(), null, data));
  }

  @GET
  @Path("{segment:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
  public String item(
      @PathParam("segment") String segment,
      @PathParam("slug") String slug,
      @QueryParam("lang") String lang) {
    ContentType type = typeAt(segment);
    List<ContentItem> found = store.findPublished(type.name(), slug);
    ContentItem item =
        found.stream()
            .filter(i -> i.language().equals(lang == null ? "en" : lang))
            .findFirst()
            .or(() -> lang == null ? found.stream().findFirst() : Optional.empty())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No "
                            + type.label().toLowerCase(Locale.ROOT)
                            + " is published at this address."));
    Map<String, Object> data = new HashMap<>();
    data.put("item", ItemView.of(item, type));
    data.put("bodyHtml", markdown.toHtml(item.body()));
    return theme.render("item", model(item.title(), item.summary(), data));
  }

  private ContentType typeAt(String segment) {
    return types
        .byUrlSegment(segment)
        .orElseThrow(() -> new NotFoundException("There is no section called '" + segment + "'."));
  }

  private List<ItemView> views(List<ContentItem> items) {
    return items.stream().map(i -> ItemView.of(i, types.byName(i.type()).orElse(null))).toList();
  }

  private Map<String, Object> model(String title, String description, Map<String, Object> data) {
    Map<String, Object> model = new HashMap<>(data);
    model.put("site", Map.of("name", settings.siteName(), "sections", Sections.of(types)));
    Map<String, Object> page = new HashMap<>();
    page.put("title", title);
    page.put("description", description);
    page.put("lang", "en");
    model.put("page", page);
    return model;
  }
}
