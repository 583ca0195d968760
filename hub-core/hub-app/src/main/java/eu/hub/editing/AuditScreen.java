package eu.hub.editing;

import eu.hub.editorial.AuditPage;
import eu.hub.editorial.AuditQuery;
import eu.hub.editorial.EditorialService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/audit}, for administrators: the audit log, newest first, filtered by who did it,
 * what they did, what it was done to (by the start of its name) and between which dates (in the
 * reader's time zone), fifty lines a page. The editorial service answers the query.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class AuditScreen {

  static final int PAGE_SIZE = 50;

  @Inject AdminScreen screen;
  @Inject Workflow workflow;
  @Inject EditorialService service;
  @Context UriInfo uri;

  @GET
  public Response log() {
    screen.require(Role.ADMINISTRATOR);
    var q = uri.getQueryParameters();
    String actor = blankToNull(q.getFirst("actor"));
    String action = blankToNull(q.getFirst("action"));
    String target = blankToNull(q.getFirst("target"));
    List<EditorScreen.Problem> problems = new ArrayList<>();
    OffsetDateTime from = date(q.getFirst("from"), "audit-from", problems, 0);
    OffsetDateTime to = date(q.getFirst("to"), "audit-to", problems, 1);
    int page = AdminScreen.pageNumber(q.getFirst("page"));
    AuditQuery query =
        new AuditQuery(
            actor == null ? null : actor.toLowerCase(java.util.Locale.ROOT),
            action,
            target,
            from,
            to,
            (page - 1) * PAGE_SIZE,
            PAGE_SIZE);
    AuditPage found = workflow.call(() -> service.audit(workflow.editor(), query));
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);

    Map<String, Object> data = new HashMap<>();
    data.put(
        "entries",
        found.lines().stream()
            .map(
                e -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("at", screen.when(e.at()));
                  row.put("actor", e.actor());
                  row.put("action", e.action());
                  row.put("target", e.target());
                  row.put("detail", e.detail());
                  return row;
                })
            .toList());
    Map<String, Object> filter = new HashMap<>();
    filter.put("actor", actor);
    filter.put("action", action);
    filter.put("target", target);
    filter.put("from", q.getFirst("from"));
    filter.put("to", q.getFirst("to"));
    data.put("filter", filter);
    data.put("total", found.total());
    data.put("zone", screen.zone().getId());
    data.put("errors", problems);
    Map<String, String> fieldErrors = new HashMap<>();
    problems.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
    data.put("fieldErrors", fieldErrors);
    data.put("pager", Pager.of("/admin/audit", q, Math.min(page, pages), pages));
    String title = screen.t("admin.audit.title");
    return screen.page(
        problems.isEmpty() ? 200 : 400,
        "admin/audit",
        problems.isEmpty() ? title : screen.t("errors.titlePrefix", title),
        List.of(new Link(title, null)),
        data);
  }

  private OffsetDateTime date(
      String text, String field, List<EditorScreen.Problem> problems, int plusDays) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      // A day in the reader's zone: from its first moment (which a gap may move) to the next's.
      return LocalDate.parse(text.strip())
          .plusDays(plusDays)
          .atStartOfDay(screen.zone())
          .toOffsetDateTime();
    } catch (DateTimeParseException e) {
      problems.add(
          new EditorScreen.Problem(
              field, screen.t("admin.error.date", screen.t("admin.audit." + field.substring(6)))));
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
