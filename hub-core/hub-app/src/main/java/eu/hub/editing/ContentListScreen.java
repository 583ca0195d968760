package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentTypeRegistry;
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
 * and the content list at {@code /admin/content}: every item in any state, filtered by type, state,
 * partner and language, searched by title, paged. A partner author sees only their partner's items.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class ContentListScreen {

  static final int PAGE_SIZE = 25;
  static final int DASHBOARD_SIZE = 10;

  @Inject AdminScreen screen;
  @Inject EditorQueries queries;
  @Inject ContentTypeRegistry types;
  @Inject ItemRows rows;
  @Context UriInfo uri;

  @GET
  public Response dashboard() {
    var me = screen.user();
    String partner = screen.has(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER) ? null : me.partnerSlug();
    if (partner == null && !screen.has(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER)) {
      throw screen.forbidden(); // a partner author without a partner has nothing to work on
    }
    EditorQueries.Filter base = EditorQueries.Filter.all().withPartner(partner);
    List<Map<String, Object>> lists = new ArrayList<>();
    lists.add(
        list(
            "drafts",
            "admin.dashboard.myDrafts",
            base.withStatus(ContentStatus.DRAFT).withAuthor(me.email())));
    if (screen.has(Role.REVIEWER, Role.EDITOR, Role.ADMINISTRATOR)) {
      lists.add(list("review", "admin.dashboard.toReview", base.withStatus(ContentStatus.IN_REVIEW)));
    } else {
      lists.add(list("review", "admin.dashboard.inReview", base.withStatus(ContentStatus.IN_REVIEW)));
    }
    lists.add(list("scheduled", "admin.dashboard.scheduled", base.withStatus(ContentStatus.SCHEDULED)));
    lists.add(list("published", "admin.dashboard.published", base.withStatus(ContentStatus.PUBLISHED)));
    Map<String, Object> data = new HashMap<>();
    data.put("lists", lists);
    data.put("newTypes", creatable());
    return screen.page("admin/dashboard", screen.t("admin.title"), List.of(), data);
  }

  @GET
  @Path("content")
  public Response list() {
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    var me = screen.user();
    boolean allContent = screen.has(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER);
    if (!allContent && me.partnerSlug() == null) {
      throw screen.forbidden();
    }
    String type = AuditScreen.blankToNull(q.getFirst("type"));
    if (type != null && types.byName(type).isEmpty()) {
      type = null;
    }
    ContentStatus status =
        Optional.ofNullable(AuditScreen.blankToNull(q.getFirst("state")))
            .flatMap(
                s -> Arrays.stream(ContentStatus.values()).filter(v -> v.name().equals(s)).findFirst())
            .orElse(null);
    String partner = allContent ? AuditScreen.blankToNull(q.getFirst("partner")) : me.partnerSlug();
    String language = AuditScreen.blankToNull(q.getFirst("language"));
    String text = AuditScreen.blankToNull(q.getFirst("q"));
    if (text != null && text.length() > 200) {
      text = text.substring(0, 200);
    }
    EditorQueries.Filter filter =
        new EditorQueries.Filter(type, status, partner, language, text, null);
    long total = queries.count(filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(AdminScreen.pageNumber(q.getFirst("page")), pages);
    List<ContentItem> items = queries.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);

    Map<String, Object> data = new HashMap<>();
    data.put("items", rows.of(items));
    data.put("total", total);
    data.put("pager", Pager.of("/admin/content", q, page, pages));
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
            .map(t -> Map.of("value", t.name(), "label", typeLabel(t)))
            .toList());
    data.put(
        "stateChoices",
        Arrays.stream(ContentStatus.values())
            .map(s -> Map.of("value", s.name(), "label", screen.t("state." + s.name())))
            .toList());
    data.put("partnerChoices", allContent ? queries.items("partner") : List.of());
    data.put("languageChoices", queries.languages());
    data.put("newTypes", creatable());
    String title = screen.t("admin.content.title");
    return screen.page("admin/content-list", title, List.of(new Link(title, null)), data);
  }

  /** The types this person may create, with their labels. */
  List<Map<String, Object>> creatable() {
    boolean partnerOnly = !screen.has(Role.ADMINISTRATOR, Role.EDITOR);
    if (partnerOnly && !screen.has(Role.PARTNER_AUTHOR)) {
      return List.of(); // reviewers review
    }
    return types.shown().stream()
        .filter(t -> !partnerOnly || t.field("partner").isPresent() || t.field("partners").isPresent())
        .map(t -> Map.<String, Object>of("name", t.name(), "label", typeLabel(t)))
        .toList();
  }

  private String typeLabel(ContentType t) {
    String label = screen.t("type." + t.name());
    return label.equals("type." + t.name()) ? t.label() : label;
  }

  private Map<String, Object> list(String id, String titleKey, EditorQueries.Filter filter) {
    return Map.of(
        "id",
        id,
        "title",
        screen.t(titleKey),
        "items",
        rows.of(queries.page(filter, 0, DASHBOARD_SIZE)));
  }
}
