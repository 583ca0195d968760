package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.editorial.Comparison;
import eu.hub.editorial.EditorialException;
import eu.hub.editorial.EditorialItem;
import eu.hub.editorial.EditorialService;
import eu.hub.editorial.RevisionInfo;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An item's history: {@code .../revisions} lists every revision with a form to compare two and a
 * button to restore one; {@code .../compare?a=&b=} shows two side by side (the fields that differ
 * and a line diff of each text, from the editorial service).
 */
// The same path as EditorScreen's: Jersey merges the two, where a longer class path would win
// every request under it and hide the editor's methods.
@Path("admin/content/{type:[a-z0-9-]+}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class RevisionsScreen {

  @Inject AdminScreen screen;
  @Inject Workflow workflow;
  @Inject EditorialService service;
  @Inject ContentTypeRegistry types;

  @GET
  @Path("{slug:[a-z0-9-]+}/revisions")
  public Response list(
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @QueryParam("lang") String lang) {
    return revisions(200, type, slug, lang, null);
  }

  private Response revisions(int status, String typeName, String slug, String lang, String error) {
    ContentType type = type(typeName);
    long id = workflow.idOf(type.name(), slug, lang);
    EditorialItem item = workflow.get(id);
    List<RevisionInfo> revisions = workflow.call(() -> service.revisions(workflow.editor(), id));
    Map<String, Object> data = new HashMap<>();
    data.put(
        "item",
        Map.of(
            "title",
            item.title(),
            "version",
            item.version(),
            "language",
            item.language(),
            "revision",
            item.revision()));
    data.put(
        "revisions",
        revisions.stream()
            .map(
                r -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("number", r.number());
                  row.put("when", screen.when(r.createdAt()));
                  row.put("author", r.author());
                  row.put("note", r.note());
                  row.put(
                      "stateLabel", r.state() == null ? "" : screen.t("state." + r.state().name()));
                  row.put("working", r.working());
                  row.put("current", r.number() == item.revision());
                  return row;
                })
            .toList());
    data.put("compareUrl", ItemRows.url(type.name(), slug, null, "compare"));
    data.put("restoreUrl", ItemRows.url(type.name(), slug, null, "restore"));
    data.put("editUrl", ItemRows.editUrl(type.name(), slug, item.language()));
    data.put("errors", error == null ? List.of() : List.of(new EditorScreen.Problem(null, error)));
    String title = screen.t("admin.revisions.title", item.title());
    return screen.page(
        status,
        "admin/revisions",
        title,
        List.of(
            new Link(screen.t("admin.content.title"), "/admin/content"),
            new Link(item.title(), ItemRows.editUrl(type.name(), slug, item.language())),
            new Link(screen.t("admin.revisions.crumb"), null)),
        data);
  }

  @GET
  @Path("{slug:[a-z0-9-]+}/compare")
  public Response compare(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      @QueryParam("lang") String lang,
      @QueryParam("a") String a,
      @QueryParam("b") String b) {
    ContentType type = type(typeName);
    int from = number(a);
    int to = number(b);
    long id = workflow.idOf(type.name(), slug, lang);
    EditorialItem item = workflow.get(id);
    Comparison c = workflow.call(() -> service.compare(workflow.editor(), id, from, to));
    Map<String, Object> data = new HashMap<>();
    data.put("from", c.from().number());
    data.put("to", c.to().number());
    data.put("fromWhen", screen.when(c.from().createdAt()));
    data.put("toWhen", screen.when(c.to().createdAt()));
    data.put("fromAuthor", c.from().author());
    data.put("toAuthor", c.to().author());
    data.put(
        "fields",
        c.fields().stream()
            .map(
                f ->
                    Map.of(
                        "label", label(type, f.field()),
                        "before", f.before() == null ? "" : f.before(),
                        "after", f.after() == null ? "" : f.after()))
            .toList());
    data.put(
        "texts",
        c.texts().stream()
            .map(
                t ->
                    Map.of(
                        "label",
                        label(type, t.field()),
                        "lines",
                        t.lines().stream()
                            .map(
                                l -> {
                                  Map<String, Object> line = new HashMap<>();
                                  line.put(
                                      "kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
                                  line.put(
                                      "kindLabel",
                                      screen.t(
                                          "admin.compare."
                                              + l.kind()
                                                  .name()
                                                  .toLowerCase(java.util.Locale.ROOT)));
                                  line.put("before", l.before());
                                  line.put("after", l.after());
                                  line.put("beforeNumber", l.beforeNumber());
                                  line.put("afterNumber", l.afterNumber());
                                  return line;
                                })
                            .toList()))
            .toList());
    data.put("revisionsUrl", ItemRows.url(type.name(), slug, item.language(), "revisions"));
    String title = screen.t("admin.compare.title", c.from().number(), c.to().number());
    return screen.page(
        "admin/compare",
        title,
        List.of(
            new Link(screen.t("admin.content.title"), "/admin/content"),
            new Link(item.title(), ItemRows.editUrl(type.name(), slug, item.language())),
            new Link(
                screen.t("admin.revisions.crumb"),
                ItemRows.url(type.name(), slug, item.language(), "revisions")),
            new Link(title, null)),
        data);
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response restore(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      @FormParam("lang") String lang,
      @FormParam("revision") String revision,
      @FormParam("version") String version) {
    ContentType type = type(typeName);
    long id = workflow.idOf(type.name(), slug, lang);
    int number = number(revision);
    Long seen = EditorScreen.parseVersion(version);
    if (seen == null) {
      throw new BadRequestException(screen.t("admin.revisions.badVersion"));
    }
    try {
      EditorialItem restored = service.restore(workflow.editor(), id, number, seen);
      String url = ItemRows.editUrl(restored.type(), restored.slug(), restored.language());
      return Response.seeOther(URI.create(url + (url.contains("?") ? "&" : "?") + "done=restored"))
          .build();
    } catch (EditorialException e) {
      if (e.status() != 409) {
        throw workflow.page(e);
      }
      return revisions(409, typeName, slug, lang, e.getMessage());
    }
  }

  private String label(ContentType type, String field) {
    return switch (field) {
      case "title" -> screen.t("admin.edit.itemTitle");
      case "summary" -> screen.t("admin.edit.summary");
      case "body" -> screen.t("admin.edit.body");
      default -> type.field(field).map(f -> f.label()).orElse(field);
    };
  }

  private int number(String text) {
    try {
      int n = Integer.parseInt(text == null ? "" : text.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new BadRequestException(screen.t("admin.revisions.badNumber"));
  }

  private ContentType type(String name) {
    return types
        .byName(name)
        .orElseThrow(() -> new NotFoundException(screen.t("admin.edit.noSuchType", name)));
  }
}
