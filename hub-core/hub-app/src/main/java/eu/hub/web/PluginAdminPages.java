package eu.hub.web;

import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.web.AdminMenuEntry;
import eu.hub.plugin.LoadedPlugin;
import eu.hub.plugin.PluginState;
import eu.hub.plugin.Plugins;
import eu.hub.security.CsrfTokens;
import eu.hub.security.HubUser;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrators' plugin screen at {@code /admin/plugins}: every plugin with its id, name,
 * version, state, capabilities and last error, a form to enable or disable each, and the admin
 * pages the enabled plugins add. The same switches as the operator API, for a signed-in
 * administrator; every switch is audited.
 */
@Path("admin/plugins")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class PluginAdminPages {

  /** One row of the table. */
  public record Row(
      String id,
      String name,
      String version,
      String state,
      String capabilities,
      String lastError,
      boolean canEnable,
      boolean canDisable) {}

  @Inject Plugins plugins;
  @Inject UserStore users;
  @Inject PageModels models;
  @Inject ReaderChoices reader;
  @Context HttpServletRequest request;

  @GET
  public Response list(@QueryParam("done") String done, @QueryParam("id") String id) {
    Optional<HubUser> admin = administrator();
    if (admin.isEmpty()) {
      return Response.seeOther(URI.create("/sign-in")).build();
    }
    Map<String, Object> data = new HashMap<>();
    data.put("rows", plugins.all().stream().map(this::row).toList());
    data.put("menu", menu());
    data.put("csrfToken", CsrfTokens.of(request));
    if (id != null
        && plugins.byId(id).isPresent()
        && ("enabled".equals(done) || "disabled".equals(done))) {
      data.put("done", reader.message("adminPlugins." + done, id));
    }
    String title = reader.message("adminPlugins.title");
    SitePages.Page page = new SitePages.Page(title, null, "/admin/plugins", reader.language());
    String html =
        reader.render(
            "admin-plugins",
            models.model(
                page,
                List.of(new Link(reader.message("admin.title"), "/admin"), new Link(title, null)),
                data));
    return Response.ok(html).cacheControl(noStore()).build();
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/enable")
  public Response enable(@PathParam("id") String id) {
    return change(id, true);
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/disable")
  public Response disable(@PathParam("id") String id) {
    return change(id, false);
  }

  private Response change(String id, boolean enable) {
    Optional<HubUser> admin = administrator();
    if (admin.isEmpty()) {
      return Response.seeOther(URI.create("/sign-in")).build();
    }
    boolean known = enable ? plugins.enable(id) : plugins.disable(id, null);
    if (!known) {
      throw new NotFoundException(reader.message("adminPlugins.unknown", id));
    }
    String state = plugins.byId(id).map(p -> p.state().name()).orElse("");
    users.audit(
        admin.get().email(), enable ? "plugin-enable" : "plugin-disable", id, "now " + state);
    return Response.seeOther(
            URI.create(
                "/admin/plugins?done="
                    + (enable ? "enabled" : "disabled")
                    + "&id="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8)))
        .build();
  }

  /** The signed-in administrator; empty when nobody is signed in; 403 for other roles. */
  private Optional<HubUser> administrator() {
    Principal who = request.getUserPrincipal();
    Optional<HubUser> user = who == null ? Optional.empty() : users.byEmail(who.getName());
    if (user.isPresent() && !user.get().roles().contains(Role.ADMINISTRATOR)) {
      throw new ForbiddenException(reader.message("adminPlugins.forbidden"));
    }
    return user;
  }

  private Row row(LoadedPlugin p) {
    PluginDescriptor d = p.descriptor();
    boolean loaded = p.state() == PluginState.ENABLED || p.state() == PluginState.DISABLED;
    return new Row(
        p.id(),
        d == null ? p.id() : d.name(),
        d == null ? "" : d.version(),
        p.state().name(),
        d == null
            ? ""
            : String.join(", ", d.capabilities().stream().map(Capability::key).sorted().toList()),
        p.lastError() == null ? "" : p.lastError(),
        loaded && p.state() == PluginState.DISABLED,
        p.state() == PluginState.ENABLED);
  }

  private List<Map<String, String>> menu() {
    Map<String, Map<String, String>> entries = new LinkedHashMap<>();
    for (AdminMenuEntry e : plugins.adminMenu()) {
      entries.putIfAbsent(e.path(), Map.of("label", e.label(), "path", e.path()));
    }
    return List.copyOf(entries.values());
  }

  private static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return cc;
  }
}
