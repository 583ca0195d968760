package eu.hub.comments;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.ItemPaths;
import eu.hub.security.HubUser;
import eu.hub.security.ReaderForms;
import eu.hub.security.UserStore;
import eu.hub.web.EditorScreens;
import eu.hub.web.Link;
import eu.hub.web.SitePages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readers post comments to {@code POST /comments}; editors moderate them at {@code
 * /admin/comments}. A good comment is held and the reader is sent back to the item with a
 * confirmation (POST-redirect-GET); a form with mistakes comes back on the item's page with an
 * error summary (422); too many comments from one address get 429; a filled honeypot is dropped
 * without a word, so that the robot learns nothing.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class CommentPages {

  static final Set<String> ACTIONS = Set.of("approve", "reject", "spam");

  @Inject ContentStore content;
  @Inject ContentTypeRegistry types;
  @Inject CommentStore comments;
  @Inject CommentSection section;
  @Inject CommentRateLimit limit;
  @Inject SitePages site;
  @Inject EditorScreens screens;
  @Inject UserStore users;
  @Context HttpServletRequest request;

  @POST
  @Path("comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(
      @FormParam("item") String itemParam,
      @FormParam("name") String name,
      @FormParam("email") String email,
      @FormParam("comment") String comment,
      @FormParam("website") String honeypot) {
    ContentItem item = commentableItem(itemParam);
    ContentType type = types.byName(item.type()).orElseThrow();
    CommentForm form = CommentForm.of(name, email, comment, honeypot);
    if (ReaderForms.expired(request)) {
      // The form's token was the Hub's but too old: the form comes back with a fresh one and
      // with what the reader wrote, nothing is held.
      section.refused(form, List.of(), screens.message("comments.error.expired"));
      return itemPage(item, type, 403);
    }
    List<CommentForm.Problem> problems = form.problems();
    if (!form.looksLikeARobot() && !problems.isEmpty()) {
      List<CommentSection.Problem> shown = new ArrayList<>();
      for (CommentForm.Problem p : problems) {
        shown.add(
            new CommentSection.Problem(
                p.field(), screens.message(p.messageKey(), p.args().toArray())));
      }
      section.refused(form, shown, null);
      return itemPage(item, type, 422);
    }
    String client = request.getRemoteAddr();
    if (!limit.allow(client)) {
      section.refused(
          form, List.of(), screens.message("comments.error.tooMany", limit.minutesToWait(client)));
      return Response.fromResponse(itemPage(item, type, 429))
          .header("Retry-After", limit.minutesToWait(client) * 60)
          .build();
    }
    if (!form.looksLikeARobot()) {
      comments.hold(item.id(), form);
    }
    String url = ItemPaths.of(type.urlSegment(), item.slug(), item.language());
    return Response.seeOther(
            URI.create(
                url
                    + (url.contains("?") ? "&" : "?")
                    + CommentSection.RECEIVED
                    + "=received#comment-status"))
        .build();
  }

  @GET
  @Path("admin/comments")
  public Response queue(@QueryParam("done") String done) {
    Response refused = screens.refusal(false);
    if (refused != null) {
      return refused;
    }
    List<Map<String, Object>> held = new ArrayList<>();
    for (Comment c : comments.held()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", c.id());
      row.put("name", c.authorName());
      row.put("date", c.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
      row.put("paragraphs", CommentForm.paragraphs(c.body()));
      Optional<ContentItem> item = content.byId(c.itemId());
      row.put("itemTitle", item.map(ContentItem::title).orElse("?"));
      row.put("itemUrl", item.map(this::urlOf).orElse(null));
      held.add(row);
    }
    Map<String, Object> data = new HashMap<>();
    data.put("held", held);
    data.put("total", comments.countHeld());
    data.put(
        "done",
        done != null && ACTIONS.contains(done) ? screens.message("moderation.done." + done) : null);
    String title = screens.message("moderation.title");
    return screens.page(
        200, "admin-comments", title, "/admin/comments", List.of(new Link(title, null)), data);
  }

  @POST
  @Path("admin/comments/{id:[0-9]{1,18}}/{action:[a-z]+}")
  public Response moderate(@PathParam("id") long id, @PathParam("action") String action) {
    Response refused = screens.refusal(true);
    if (refused != null) {
      return refused;
    }
    if (!ACTIONS.contains(action)) {
      throw new NotFoundException("A comment can be approved, rejected or marked as spam.");
    }
    HubUser editor = screens.editor().orElseThrow();
    Comment comment =
        comments
            .byId(id)
            .orElseThrow(() -> new NotFoundException("There is no comment " + id + " (any more)."));
    String on = content.byId(comment.itemId()).map(this::urlOf).orElse("item " + comment.itemId());
    switch (action) {
      case "approve" -> comments.moderate(id, Comment.Status.APPROVED, editor.email());
      case "spam" -> comments.moderate(id, Comment.Status.SPAM, editor.email());
      default -> comments.delete(id);
    }
    users.audit(editor.email(), "comment-" + action, "comment " + id, "on " + on);
    return Response.seeOther(URI.create("/admin/comments?done=" + action)).build();
  }

  private ContentItem commentableItem(String itemParam) {
    long id;
    try {
      id = Long.parseLong(itemParam == null ? "" : itemParam.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("This form does not say which page the comment is for.");
    }
    return content
        .byId(id)
        .filter(i -> i.status() == ContentStatus.PUBLISHED)
        .filter(i -> CommentSection.commentable(i.type()))
        .orElseThrow(
            () -> new NotFoundException("There is no published page for this comment to go on."));
  }

  private Response itemPage(ContentItem item, ContentType type, int status) {
    Response page = site.item(type.urlSegment(), item.slug(), item.language(), null);
    return Response.fromResponse(page).status(status).build();
  }

  private String urlOf(ContentItem item) {
    return types
        .byName(item.type())
        .map(t -> ItemPaths.of(t.urlSegment(), item.slug(), item.language()))
        .orElse(null);
  }
}
