package eu.hub.plugin;

import eu.hub.admin.AdminOnly;
import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.Contribution;
import eu.hub.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;

/**
 * The operator's view of the plugins: {@code GET /api/admin/plugins} lists each with its version,
 * state, capabilities and last error; {@code POST /api/admin/plugins/{id}/enable} and {@code
 * .../disable} switch one at run time; {@code POST /api/admin/plugins/rescan} loads JARs added to
 * the plugins folder since start-up. Guarded by the admin token.
 */
@Path("api/admin/plugins")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminApi {

  @Inject Plugins plugins;

  @GET
  public String list() {
    return Json.createObjectBuilder()
        .add("plugins", array(plugins.all()))
        .add("timeLimitMs", plugins.timeLimit().toMillis())
        .build()
        .toString();
  }

  /** The list as a table for the {@code ./hub plugin} command. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String table() {
    return table(plugins.all());
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/enable")
  @Produces(MediaType.TEXT_PLAIN)
  public String enableText(@PathParam("id") String id) {
    enable(id);
    return table(List.of(plugins.byId(id).orElseThrow()));
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/disable")
  @Produces(MediaType.TEXT_PLAIN)
  public String disableText(@PathParam("id") String id) {
    disable(id);
    return table(List.of(plugins.byId(id).orElseThrow()));
  }

  @POST
  @Path("rescan")
  @Produces(MediaType.TEXT_PLAIN)
  public String rescanText() {
    List<LoadedPlugin> loaded = plugins.loadNew();
    return loaded.isEmpty() ? "No new plugin JARs." : table(loaded);
  }

  private static String table(Collection<LoadedPlugin> all) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%-24s %-16s %-9s %-30s %s%n",
                "ID", "VERSION", "STATE", "CAPABILITIES", "LAST ERROR"));
    for (LoadedPlugin p : all) {
      PluginDescriptor d = p.descriptor();
      out.append(
          String.format(
              "%-24s %-16s %-9s %-30s %s%n",
              p.id(),
              d == null ? "-" : d.version(),
              p.state(),
              d == null || d.capabilities().isEmpty()
                  ? "-"
                  : String.join(
                      ",", d.capabilities().stream().map(Capability::key).sorted().toList()),
              p.lastError() == null ? "" : p.lastError()));
    }
    return out.toString().stripTrailing();
  }

  @GET
  @Path("{id:[a-z0-9@._-]+}")
  public String get(@PathParam("id") String id) {
    return json(plugins.byId(id).orElseThrow(() -> unknown(id))).toString();
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/enable")
  public String enable(@PathParam("id") String id) {
    if (!plugins.enable(id)) {
      throw unknown(id);
    }
    return get(id);
  }

  @POST
  @Path("{id:[a-z0-9@._-]+}/disable")
  public String disable(@PathParam("id") String id) {
    if (!plugins.disable(id, null)) {
      throw unknown(id);
    }
    return get(id);
  }

  @POST
  @Path("rescan")
  public String rescan() {
    return Json.createObjectBuilder().add("loaded", array(plugins.loadNew())).build().toString();
  }

  private NotFoundException unknown(String id) {
    return new NotFoundException(
        "No loaded plugin '"
            + id
            + "' (plugins: "
            + plugins.all().stream().map(LoadedPlugin::id).toList()
            + ")");
  }

  private static JsonArrayBuilder array(Collection<LoadedPlugin> all) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    all.forEach(p -> list.add(json(p)));
    return list;
  }

  private static JsonObject json(LoadedPlugin p) {
    PluginDescriptor d = p.descriptor();
    JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id());
    o.add("state", p.state().name());
    o.add("jar", p.jar().getFileName().toString());
    if (d != null) {
      o.add("name", d.name())
          .add("version", d.version())
          .add("description", d.description())
          .add("hubApi", d.hubApi().toString())
          .add(
              "contributes",
              strings(d.contributions().stream().map(Contribution::key).sorted().toList()))
          .add(
              "capabilities",
              strings(d.capabilities().stream().map(Capability::key).sorted().toList()));
    }
    o.add("contentTypes", strings(p.contentTypes()));
    o.add("pages", strings(p.routes().stream().map(r -> "/" + r.path()).toList()));
    JsonArrayBuilder menu = Json.createArrayBuilder();
    p.adminMenu()
        .forEach(
            e ->
                menu.add(Json.createObjectBuilder().add("label", e.label()).add("path", e.path())));
    o.add("adminMenu", menu);
    if (p.lastError() != null) {
      o.add("lastError", p.lastError());
    } else {
      o.addNull("lastError");
    }
    return o.build();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }
}
