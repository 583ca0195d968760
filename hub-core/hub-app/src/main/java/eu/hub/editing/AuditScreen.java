package eu.hub.editing;

import eu.hub.security.AuditEntry;
import eu.hub.security.Role;
import eu.hub.web.Link;
import eu.hub.web.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /admin/audit}, for administrators: the audit log, newest first, filtered by who did it,
 * what they did, what it was done to and between which dates, fifty lines a page.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class AuditScreen {

  static final int PAGE_SIZE = 50;

  @Inject AdminScreen screen;

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Context UriInfo uri;

  @GET
  public Response log() {
    screen.require(Role.ADMINISTRATOR);
    var q = uri.getQueryParameters();
    String actor = blankToNull(q.getFirst("actor"));
    String action = blankToNull(q.getFirst("action"));
    String target = blankToNull(q.getFirst("target"));
    List<UsersScreen.Problem> problems = new ArrayList<>();
    OffsetDateTime from = date(q.getFirst("from"), "audit-from", problems, 0);
    OffsetDateTime to = date(q.getFirst("to"), "audit-to", problems, 1);
    int page = AdminScreen.pageNumber(q.getFirst("page"));

    StringBuilder where = new StringBuilder("1 = 1");
    if (actor != null) {
      where.append(" and lower(a.actor) like :actor");
    }
    if (action != null) {
      where.append(" and a.action = :action");
    }
    if (target != null) {
      where.append(" and lower(a.target) like :target");
    }
    if (from != null) {
      where.append(" and a.at >= :from");
    }
    if (to != null) {
      where.append(" and a.at < :to");
    }
    TypedQuery<AuditEntry> list =
        em.createQuery(
            "select a from AuditEntry a where " + where + " order by a.at desc, a.id desc",
            AuditEntry.class);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from AuditEntry a where " + where, Long.class);
    for (TypedQuery<?> query : List.of(list, count)) {
      if (actor != null) {
        query.setParameter("actor", like(actor));
      }
      if (action != null) {
        query.setParameter("action", action);
      }
      if (target != null) {
        query.setParameter("target", like(target));
      }
      if (from != null) {
        query.setParameter("from", from);
      }
      if (to != null) {
        query.setParameter("to", to);
      }
    }
    long total = count.getSingleResult();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    List<AuditEntry> entries =
        list.setFirstResult((Math.min(page, pages) - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultList();

    Map<String, Object> data = new HashMap<>();
    data.put(
        "entries",
        entries.stream()
            .map(
                e -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put(
                      "at",
                      e.at()
                          .withOffsetSameInstant(ZoneOffset.UTC)
                          .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                          .toString());
                  row.put("actor", e.actor());
                  row.put("action", e.action());
                  row.put("target", e.target());
                  row.put("detail", e.detail());
                  return row;
                })
            .toList());
    data.put(
        "actions",
        em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
            .getResultList());
    Map<String, Object> filter = new HashMap<>();
    filter.put("actor", actor);
    filter.put("action", action);
    filter.put("target", target);
    filter.put("from", q.getFirst("from"));
    filter.put("to", q.getFirst("to"));
    data.put("filter", filter);
    data.put("total", total);
    data.put("errors", problems);
    data.put("fieldErrors", errorsByField(problems));
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
      String text, String field, List<UsersScreen.Problem> problems, int plusDays) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip())
          .plusDays(plusDays)
          .atStartOfDay()
          .atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problems.add(
          new UsersScreen.Problem(
              field, screen.t("admin.error.date", screen.t("admin.audit." + field.substring(6)))));
      return null;
    }
  }

  static Map<String, String> errorsByField(List<UsersScreen.Problem> problems) {
    Map<String, String> m = new HashMap<>();
    problems.forEach(p -> m.putIfAbsent(p.field(), p.message()));
    return m;
  }

  private static String like(String s) {
    return "%" + s.toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%";
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
