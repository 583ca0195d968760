package eu.hub.editing;

import eu.hub.security.CsrfTokens;
import eu.hub.security.HubUser;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import eu.hub.web.Link;
import eu.hub.web.PageModels;
import eu.hub.web.ReaderChoices;
import eu.hub.web.SitePages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every admin screen needs: the signed-in person (or a redirect to sign in), role checks that
 * answer 403 with the themed error page, and rendering inside the admin layout with its navigation
 * and the CSRF token.
 */
@RequestScoped
public class AdminScreen {

  /** The admin navigation, in order: the key of its label and its address. */
  record NavItem(String key, String url, Set<Role> roles) {}

  static final List<NavItem> NAV =
      List.of(
          new NavItem("admin.nav.dashboard", "/admin", Set.of(Role.values())),
          new NavItem("admin.nav.content", "/admin/content", Set.of(Role.values())),
          new NavItem("admin.nav.media", "/admin/media", Set.of(Role.values())),
          new NavItem("admin.nav.issues", "/admin/issues", Set.of(Role.ADMINISTRATOR, Role.EDITOR)),
          new NavItem(
              "admin.nav.comments", "/admin/comments", Set.of(Role.ADMINISTRATOR, Role.EDITOR)),
          new NavItem("admin.nav.users", "/admin/users", Set.of(Role.ADMINISTRATOR)),
          new NavItem("admin.nav.plugins", "/admin/plugins", Set.of(Role.ADMINISTRATOR)),
          new NavItem("admin.nav.audit", "/admin/audit", Set.of(Role.ADMINISTRATOR)),
          new NavItem("admin.nav.account", "/admin/account", Set.of(Role.values())));

  @Inject UserStore users;
  @Inject PageModels models;
  @Inject ReaderChoices reader;
  @Inject HttpServletRequest request;

  /** The site's time zone for people who have not chosen their own (an IANA name). */
  @Inject
  @ConfigProperty(name = "hub.timezone", defaultValue = "UTC")
  String siteZone;

  private HubUser user;

  /**
   * The signed-in person. Anonymous visitors are sent to sign in (303), as the dashboard always
   * did.
   */
  public HubUser user() {
    if (user == null) {
      Principal who = request.getUserPrincipal();
      Optional<HubUser> found = who == null ? Optional.empty() : users.byEmail(who.getName());
      if (found.isEmpty()) {
        throw new WebApplicationException(
            Response.seeOther(URI.create("/sign-in")).cacheControl(noStore()).build());
      }
      user = found.get();
    }
    return user;
  }

  public Set<Role> roles() {
    return user().roles();
  }

  public boolean has(Role... any) {
    Set<Role> mine = roles();
    for (Role r : any) {
      if (mine.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** 403 with the themed page unless the person has one of the roles. */
  public void require(Role... any) {
    if (!has(any)) {
      throw forbidden();
    }
  }

  public ForbiddenException forbidden() {
    return new ForbiddenException(reader.message("admin.forbidden.message", user().email()));
  }

  /** The site's default time zone; UTC when hub.timezone is not a zone the Hub offers. */
  public ZoneId siteZone() {
    return EditorTimes.zone(siteZone).orElse(ZoneId.of("UTC"));
  }

  /** The time zone the signed-in person reads and enters dates and times in. */
  public ZoneId zone() {
    return EditorTimes.zone(user().timeZone()).orElseGet(this::siteZone);
  }

  /** A moment as this person sees it, or null. */
  public EditorTimes.When when(OffsetDateTime t) {
    return EditorTimes.when(t, zone());
  }

  /** A UI string in the reader's language. */
  public String t(String key, Object... args) {
    return reader.message(key, args);
  }

  /** A query or form parameter of this request. */
  public String param(String name) {
    return request.getParameter(name);
  }

  /** The languages the theme has the Hub's words in. */
  public List<String> uiLanguages() {
    return reader.theme().languages();
  }

  public String csrf() {
    return CsrfTokens.of(request);
  }

  /** Renders an admin template with status 200. */
  public Response page(String template, String title, List<Link> trail, Map<String, Object> data) {
    return page(200, template, title, trail, data);
  }

  /**
   * Renders an admin template inside the admin layout: the model gets {@code admin} (navigation,
   * the person, the CSRF token) besides the site and page data every page has.
   */
  public Response page(
      int status, String template, String title, List<Link> trail, Map<String, Object> data) {
    HubUser me = user();
    List<Link> crumbs = new ArrayList<>();
    if (!trail.isEmpty()) {
      crumbs.add(new Link(t("admin.nav.dashboard"), "/admin"));
    }
    crumbs.addAll(trail);
    String path = request.getRequestURI();
    List<Map<String, Object>> nav = new ArrayList<>();
    for (NavItem item : NAV) {
      if (item.roles().stream().anyMatch(me.roles()::contains)) {
        boolean current =
            item.url().equals("/admin")
                ? path.equals("/admin")
                : path.equals(item.url()) || path.startsWith(item.url() + "/");
        nav.add(Map.of("label", t(item.key()), "url", item.url(), "current", current));
      }
    }
    Map<String, Object> admin = new HashMap<>();
    admin.put("nav", nav);
    admin.put("displayName", me.displayName());
    admin.put("email", me.email());
    admin.put("roles", me.roles().stream().map(r -> t("role." + r.name())).toList());
    admin.put("partner", me.partnerSlug());
    Map<String, Object> model = new HashMap<>(data);
    model.put("admin", admin);
    model.put("csrfToken", csrf());
    SitePages.Page page = new SitePages.Page(title, null, path, reader.language());
    String html = reader.render(template, models.model(page, crumbs, model));
    return Response.status(status)
        .type(MediaType.TEXT_HTML + ";charset=utf-8")
        .entity(html)
        .cacheControl(noStore())
        .build();
  }

  /** A page number from the query: 1 when missing or not a positive number. */
  static int pageNumber(String value) {
    try {
      return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return cc;
  }
}
