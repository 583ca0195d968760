package eu.hub.web;

import eu.hub.api.web.PageRequest;
import eu.hub.api.web.PageResult;
import eu.hub.plugin.Plugins;
import eu.hub.plugin.Plugins.RouteMatch;
import eu.hub.security.HubUser;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the pages plugins add, before the Hub's own routing: a plugin's handler returns a
 * template name and plain data, and the Hub renders it with the active theme around it (site
 * navigation, breadcrumbs, the page's metadata), so plugin pages look, behave and are cached like
 * the Hub's own. A handler that fails or is too slow costs its page a 503, never the Hub. Pages
 * under {@code admin/} (a plugin's own {@code admin/<id>/...}) are for signed-in editors only and
 * never cached.
 */
@Provider
@PreMatching
@Priority(Priorities.USER)
public class PluginPages implements ContainerRequestFilter {

  @Inject Plugins plugins;
  @Inject ReaderChoices reader;
  @Inject PageModels models;
  @Inject UserStore users;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return;
    }
    UriInfo uri = request.getUriInfo();
    String path = uri.getPath(false).replaceFirst("^/", "");
    if (path.isEmpty() || path.startsWith("api/")) {
      return;
    }
    Optional<RouteMatch> match = plugins.route(path);
    if (match.isEmpty()) {
      return;
    }
    RouteMatch m = match.get();
    boolean adminPage = path.startsWith("admin/");
    if (adminPage) {
      // A plugin's admin pages are for signed-in editors only, like the Hub's own dashboard.
      Principal who = servletRequest.getUserPrincipal();
      Optional<HubUser> user = who == null ? Optional.empty() : users.byEmail(who.getName());
      if (user.isEmpty()) {
        request.abortWith(Response.seeOther(URI.create("/sign-in")).build());
        return;
      }
      if (user.get().roles().stream().noneMatch(Role.EDITORIAL::contains)) {
        throw new ForbiddenException(reader.message("admin.forbidden.title"));
      }
    }
    Map<String, String> query = new HashMap<>();
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    params.forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
    String lang = query.getOrDefault("lang", "en");
    if (!lang.matches("[a-z]{2,3}")) {
      lang = "en";
    }
    PageRequest pageRequest = new PageRequest(path, m.parameters(), query, lang);
    Optional<Optional<PageResult>> answer =
        plugins
            .guard()
            .call(
                m.plugin(),
                // The route, so that failures of one handler count together whatever the path.
                "page /" + m.route().path() + (m.parameters().isEmpty() ? "" : " (/" + path + ")"),
                () -> m.route().handler().handle(pageRequest));
    if (answer.isEmpty()) {
      throw new WebApplicationException(
          "This part of the site is not available right now. Please try again later.",
          Response.Status.SERVICE_UNAVAILABLE);
    }
    PageResult result =
        answer.get().orElseThrow(() -> new NotFoundException("There is nothing at this address."));
    CacheControl cache = new CacheControl();
    cache.setNoStore(adminPage);
    cache.setPrivate(adminPage);
    if (result.isDocument()) {
      request.abortWith(
          Response.ok(result.body()).type(result.mediaType()).cacheControl(cache).build());
      return;
    }
    SitePages.Page page = new SitePages.Page(result.title(), null, "/" + path, reader.language());
    Map<String, Object> data = new HashMap<>(result.data());
    data.put("messages", plugins.messages(m.plugin().id(), reader.language()));
    String html =
        reader.render(
            result.template(), models.model(page, List.of(new Link(result.title(), null)), data));
    request.abortWith(
        Response.ok(html)
            .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
            .cacheControl(cache)
            .build());
  }
}
