package eu.hub.magazine;

import eu.hub.content.ContentItem;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.security.HubUser;
import eu.hub.security.UserStore;
import eu.hub.web.EditorScreens;
import eu.hub.web.ItemPresenter;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issue builder for editors: {@code /admin/issues} lists the issues, {@code
 * /admin/issues/{slug}} adds articles, groups them in sections, orders them with "Move up" and
 * "Move down" buttons (plain forms: they work with the keyboard and without JavaScript), previews
 * the issue in the real theme and publishes it with its articles in one act. Each change is a POST
 * that redirects back to the moved item ({@code #item-slug}), is audited and names the editor in
 * the revisions.
 */
@Path("admin/issues")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class IssueBuilderPages {

  private static final String SLUG = "{slug:[a-z0-9-]{1,200}}";
  private static final String ARTICLE = "{article:[a-z0-9-]{1,200}}";
  static final Set<String> DONE =
      Set.of(
          "added", "removed", "moved", "section", "section-added", "section-removed", "published");

  @Inject IssueBuilder builder;
  @Inject IssueContents contents;
  @Inject MagazinePublishing publishing;
  @Inject EditorScreens screens;
  @Inject UserStore users;
  @Inject ItemPresenter presenter;
  @Inject ContentTypeRegistry types;

  @GET
  public Response list() {
    Response refused = screens.refusal(false);
    if (refused != null) {
      return refused;
    }
    String title = screens.message("builder.list.title");
    return screens.page(
        200,
        "admin-issues",
        title,
        "/admin/issues",
        List.of(new Link(title, null)),
        Map.of("issues", builder.issues()));
  }

  @GET
  @Path(SLUG)
  public Response page(
      @PathParam("slug") String slug,
      @QueryParam("done") String done,
      @QueryParam("moved") String moved,
      @QueryParam("dir") String dir) {
    Response refused = screens.refusal(false);
    if (refused != null) {
      return refused;
    }
    Map<String, Object> data = new HashMap<>();
    if (done != null && DONE.contains(done)) {
      data.put("done", screens.message("builder.done." + done));
    }
    data.put("moved", moved);
    data.put("dir", "down".equals(dir) ? "down" : "up");
    return builderPage(slug, 200, data);
  }

  @GET
  @Path(SLUG + "/preview")
  public Response preview(@PathParam("slug") String slug) {
    Response refused = screens.refusal(false);
    if (refused != null) {
      return refused;
    }
    ContentItem issue = guarded(() -> builder.issue(slug));
    var type = types.byName(IssueContents.ISSUE).orElseThrow();
    Map<String, Object> data = new HashMap<>(presenter.present(issue, type));
    // As readers will see it once published: the draft articles in the contents too.
    contents.of(slug, true).ifPresent(c -> data.put("contents", c.sections()));
    data.put(
        "previewNotice",
        Map.of(
            "text", screens.message("builder.preview.notice"),
            "back", screens.message("builder.preview.back"),
            "url", "/admin/issues/" + slug));
    String list = screens.message("builder.list.title");
    return screens.preview(
        "item-magazine-issue",
        "item",
        issue.title(),
        "/admin/issues/" + slug + "/preview",
        List.of(
            new Link(screens.message("admin.title"), "/admin"),
            new Link(list, "/admin/issues"),
            new Link(issue.title(), "/admin/issues/" + slug),
            new Link(screens.message("builder.preview"), null)),
        data);
  }

  @POST
  @Path(SLUG + "/articles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(
      @PathParam("slug") String slug,
      @FormParam("article") String article,
      @FormParam("section") String section) {
    return act(
        slug,
        "issue-article-added",
        article,
        who -> builder.add(slug, article, section, who),
        "added",
        article,
        null);
  }

  @POST
  @Path(SLUG + "/articles/" + ARTICLE + "/up")
  public Response up(@PathParam("slug") String slug, @PathParam("article") String article) {
    return act(
        slug,
        "issue-article-moved-up",
        article,
        who -> builder.move(slug, article, -1, who),
        "moved",
        article,
        "up");
  }

  @POST
  @Path(SLUG + "/articles/" + ARTICLE + "/down")
  public Response down(@PathParam("slug") String slug, @PathParam("article") String article) {
    return act(
        slug,
        "issue-article-moved-down",
        article,
        who -> builder.move(slug, article, 1, who),
        "moved",
        article,
        "down");
  }

  @POST
  @Path(SLUG + "/articles/" + ARTICLE + "/section")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response section(
      @PathParam("slug") String slug,
      @PathParam("article") String article,
      @FormParam("section") String section) {
    return act(
        slug,
        "issue-article-section",
        article,
        who -> builder.changeSection(slug, article, section, who),
        "section",
        article,
        null);
  }

  @POST
  @Path(SLUG + "/articles/" + ARTICLE + "/remove")
  public Response remove(@PathParam("slug") String slug, @PathParam("article") String article) {
    return act(
        slug,
        "issue-article-removed",
        article,
        who -> builder.remove(slug, article, who),
        "removed",
        null,
        null);
  }

  @POST
  @Path(SLUG + "/sections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSection(@PathParam("slug") String slug, @FormParam("title") String title) {
    return act(
        slug,
        "issue-section-added",
        title,
        who -> builder.addSection(slug, title, who),
        "section-added",
        null,
        null);
  }

  @POST
  @Path(SLUG + "/sections/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response removeSection(@PathParam("slug") String slug, @FormParam("title") String title) {
    return act(
        slug,
        "issue-section-removed",
        title,
        who -> builder.removeSection(slug, title, who),
        "section-removed",
        null,
        null);
  }

  @POST
  @Path(SLUG + "/publish")
  public Response publish(@PathParam("slug") String slug) {
    Response refused = screens.refusal(true);
    if (refused != null) {
      return refused;
    }
    HubUser editor = screens.editor().orElseThrow();
    try {
      MagazinePublishing.Outcome outcome = publishing.publishIssue(slug, editor.email());
      users.audit(
          editor.email(),
          "issue-published",
          "magazine-issue " + slug,
          "with articles: " + String.join(", ", outcome.articles()));
    } catch (UnknownIssueException e) {
      return builderPage(slug, 404, Map.of());
    } catch (IssueNotPublishableException e) {
      users.audit(
          editor.email(), "issue-publish-refused", "magazine-issue " + slug, e.getMessage());
      Map<String, Object> data = new HashMap<>();
      data.put("problem", screens.message("builder.publish.refused"));
      data.put("reasons", e.reasons());
      return builderPage(slug, 409, data);
    }
    return Response.seeOther(URI.create("/admin/issues/" + slug + "?done=published")).build();
  }

  /** One change: authorised, made, audited, then back to the builder at the moved item. */
  private Response act(
      String slug,
      String action,
      String target,
      java.util.function.Consumer<String> change,
      String done,
      String anchor,
      String dir) {
    Response refused = screens.refusal(true);
    if (refused != null) {
      return refused;
    }
    HubUser editor = screens.editor().orElseThrow();
    try {
      change.accept(editor.email());
    } catch (IssueBuilderException e) {
      Map<String, Object> data = new HashMap<>();
      data.put("problem", e.getMessage());
      return builderPage(slug, e.status(), data);
    }
    users.audit(editor.email(), action, "magazine-issue " + slug, target);
    StringBuilder to = new StringBuilder("/admin/issues/" + slug + "?done=" + done);
    if (anchor != null) {
      to.append("&moved=").append(URLEncoder.encode(anchor, StandardCharsets.UTF_8));
      if (dir != null) {
        to.append("&dir=").append(dir);
      }
      to.append("#item-").append(anchor);
    }
    return Response.seeOther(URI.create(to.toString())).build();
  }

  private Response builderPage(String slug, int status, Map<String, Object> extra) {
    IssueBuilder.State state;
    try {
      state = builder.state(slug);
    } catch (IssueBuilderException e) {
      Map<String, Object> data = new HashMap<>();
      data.put("status", e.status());
      data.put("message", e.getMessage());
      return screens.page(
          e.status(),
          "error",
          screens.message("builder.unknown"),
          "/admin/issues",
          List.of(),
          data);
    }
    Map<String, Object> data = new HashMap<>(extra);
    data.put("state", state);
    String list = screens.message("builder.list.title");
    String title = screens.message("builder.title", state.issue().title());
    return screens.page(
        status,
        "admin-issue",
        title,
        "/admin/issues/" + slug,
        List.of(new Link(list, "/admin/issues"), new Link(state.issue().title(), null)),
        data);
  }

  private static <T> T guarded(java.util.function.Supplier<T> get) {
    try {
      return get.get();
    } catch (IssueBuilderException e) {
      throw new jakarta.ws.rs.NotFoundException(e.getMessage());
    }
  }
}
