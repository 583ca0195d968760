package eu.hub.web;

import eu.hub.security.CsrfTokens;
import eu.hub.security.HubUser;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the editors' screens outside this package share: who is signed in, whether they may use an
 * editor's screen, and rendering a themed admin page that is never cached. Every check happens on
 * the server, for every request.
 */
@RequestScoped
public class EditorScreens {

  /** The roles that may moderate comments and build magazine issues. */
  public static final Set<Role> EDITORS = EnumSet.of(Role.ADMINISTRATOR, Role.EDITOR);

  @Inject PageModels models;
  @Inject ReaderChoices reader;
  @Inject UserStore users;
  @Inject HttpServletRequest request;

  private Optional<HubUser> user;

  /** The signed-in person, if any. */
  public Optional<HubUser> signedIn() {
    if (user == null) {
      Principal who = request.getUserPrincipal();
      user = who == null ? Optional.empty() : users.byEmail(who.getName());
    }
    return user;
  }

  /** The signed-in editor or administrator, if the caller is one. */
  public Optional<HubUser> editor() {
    return signedIn().filter(u -> u.roles().stream().anyMatch(EDITORS::contains));
  }

  /**
   * Null when the caller is an editor; otherwise the answer to give: anonymous readers of a page
   * are sent to sign in (303), anonymous posts and signed-in people without the role get 403.
   */
  public Response refusal(boolean isPost) {
    if (editor().isPresent()) {
      return null;
    }
    if (signedIn().isEmpty() && !isPost) {
      return Response.seeOther(URI.create("/sign-in")).cacheControl(noStore()).build();
    }
    String title = reader.message("admin.forbidden.title");
    Map<String, Object> data = new HashMap<>();
    data.put("status", 403);
    data.put(
        "message",
        signedIn().isEmpty()
            ? reader.message("editor.forbidden.anonymous")
            : reader.message("editor.forbidden.message", signedIn().get().email()));
    return page(403, "error", title, "/admin", List.of(), data);
  }

  /** The caller's CSRF token, for the forms of the page. */
  public String csrfToken() {
    return CsrfTokens.of(request);
  }

  /** A UI string in the reader's language. */
  public String message(String key, Object... args) {
    return reader.message(key, args);
  }

  /** The language of the Hub's words on this page. */
  public String language() {
    return reader.language();
  }

  /**
   * A themed page of the editors' screens, with "Dashboard" first in the breadcrumbs, never stored
   * by caches (it shows unpublished work and carries the CSRF token).
   */
  public Response page(
      int status,
      String template,
      String title,
      String path,
      List<Link> trail,
      Map<String, Object> data) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link(reader.message("admin.title"), "/admin"));
    crumbs.addAll(trail);
    Map<String, Object> model = new HashMap<>(data);
    model.putIfAbsent("csrfToken", csrfToken());
    SitePages.Page page = new SitePages.Page(title, null, path, reader.language());
    String html = reader.render(template, models.model(page, crumbs, model));
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .entity(html)
        .cacheControl(noStore())
        .build();
  }

  /** A page of the public site's look (the real theme) for a previewed item, never cached. */
  public Response preview(
      String templateFirst,
      String templateThen,
      String title,
      String path,
      List<Link> trail,
      Map<String, Object> data) {
    SitePages.Page page = new SitePages.Page(title, null, path, reader.language());
    page.type = "article";
    String html =
        reader.renderFirst(List.of(templateFirst, templateThen), models.model(page, trail, data));
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .cacheControl(noStore())
        .header("X-Robots-Tag", "noindex")
        .build();
  }

  static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return cc;
  }
}
