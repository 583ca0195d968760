package eu.hub.editing;

import eu.hub.content.ContentStatus;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.editorial.Editor;
import eu.hub.editorial.ItemFilter;
import eu.hub.security.Role;
import eu.hub.web.Link;
import eu.hub.web.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard at {@code /admin} (my drafts, waiting for review, scheduled, recently published)
 * and the content list at {@code /admin/content}: every item the editor may see, in any state,
 * filtered by type, state, partner and language, searched by title, paged. A partner author sees
 * only their partner's items (the service decides).
 */
// "" rather than "admin": a root resource at "admin" would hide every other class's
// "admin/..." method, such as the comment queue, from JAX-RS matching.
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class ContentListScreen {

  static final int PAGE_SIZE = 25;
  static final int DASHBOARD_SIZE = 10;

  @Inject AdminScreen screen;
  @Inject Workflow workflow;
  @Inject EditorQueries queries;
  @Inject ContentTypeRegistry types;
  @Inject ItemRows rows;
  @Context UriInfo uri;

  @GET
  @Path("admin")
  public Response dashboard() {
    Editor me = workflow.editor();
    List<Map<String, Object>> lists = new ArrayList<>();
    lists.add(
        list(
            "drafts",
            "admin.dashboard.myDrafts",
            new ItemFilter(null, ContentStatus.DRAFT, me.email(), null, 0, DASHBOARD_SIZE)));
    lists.add(
        list(
            "review",
            me.has(Role.REVIEWER) || me.has(Role.EDITOR) || me.isAdministrator()
                ? "admin.dashboard.toReview"
                : "admin.dashboard.inReview",
            ItemFilter.inState(ContentStatus.IN_REVIEW, DASHBOARD_SIZE)));
    lists.add(
        list(
            "scheduled",
            "admin.dashboard.scheduled",
            ItemFilter.inState(ContentStatus.SCHEDULED, DASHBOARD_SIZE)));
    lists.add(
        list(
            "published",
            "admin.dashboard.published",
            ItemFilter.inState(ContentStatus.PUBLISHED, DASHBOARD_SIZE)));
    Map<String, Object> data = new HashMap<>();
    data.put("lists", lists);
    data.put("newTypes", creatable(me));
    return screen.page("admin/dashboard", screen.t("admin.title"), List.of(), data);
  }

  @GET
  @Path("admin/content")
  public Response list() {
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    Editor me = workflow.editor();
    String type = AuditScreen.blankToNull(q.getFirst("type"));
    if (type != null && types.byName(type).isEmpty()) {
      type = null;
    }
    ContentStatus status =
        Optional.ofNullable(AuditScreen.blankToNull(q.getFirst("state")))
            .flatMap(
                s ->
                    Arrays.stream(ContentStatus.values())
                        .filter(v -> v.name().equals(s))
                        .findFirst())
            .orElse(null);
    String partner = me.seesAllItems() ? AuditScreen.blankToNull(q.getFirst("partner")) : null;
    String language = AuditScreen.blankToNull(q.getFirst("language"));
    String text = AuditScreen.blankToNull(q.getFirst("q"));
    if (text != null && text.length() > 200) {
      text = text.substring(0, 200);
    }
    int page = AdminScreen.pageNumber(q.getFirst("page"));
    Workflow.Page found =
        workflow.list(
            new ItemFilter(type, status, null, text, (page - 1) * PAGE_SIZE, PAGE_SIZE),
            partner,
            language);
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);

    Map<String, Object> data = new HashMap<>();
    data.put("items", rows.of(found.items()));
    data.put("total", found.total());
    data.put("pager", Pager.of("/admin/content", q, Math.min(page, pages), pages));
    Map<String, Object> chosen = new HashMap<>();
    chosen.put("type", type);
    chosen.put("state", status == null ? null : status.name());
    chosen.put("partner", partner);
    chosen.put("language", language);
    chosen.put("q", text);
    data.put("filter", chosen);
    data.put(
        "typeChoices",
        types.all().stream()
            .map(t -> Map.of("value", t.name(), "label", rows.typeLabel(t.name())))
            .toList());
    data.put(
        "stateChoices",
        Arrays.stream(ContentStatus.values())
            .map(s -> Map.of("value", s.name(), "label", screen.t("state." + s.name())))
            .toList());
    data.put("partnerChoices", me.seesAllItems() ? queries.items("partner") : List.of());
    data.put("languageChoices", queries.languages());
    data.put("newTypes", creatable(me));
    String title = screen.t("admin.content.title");
    return screen.page("admin/content-list", title, List.of(new Link(title, null)), data);
  }

  /**
   * The types this person may create: every shown type for editors and administrators; for a
   * partner author, the types that can belong to a partner.
   */
  List<Map<String, Object>> creatable(Editor me) {
    boolean everything = me.isAdministrator() || me.has(Role.EDITOR);
    if (!everything && !me.has(Role.PARTNER_AUTHOR)) {
      return List.of(); // reviewers review
    }
    return types.shown().stream()
        .filter(
            t -> everything || t.field("partner").isPresent() || t.field("partners").isPresent())
        .map(t -> Map.<String, Object>of("name", t.name(), "label", rows.typeLabel(t.name())))
        .toList();
  }

  private Map<String, Object> list(String id, String titleKey, ItemFilter filter) {
    return Map.of(
        "id",
        id,
        "title",
        screen.t(titleKey),
        "items",
        rows.of(workflow.list(filter, null, null).items()));
  }
}
