package eu.hub.editing;

import eu.hub.security.HubUser;
import eu.hub.security.UserStore;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/account}, for everyone signed in: who they are, and the time zone they read and
 * enter dates and times in (or the site's default). A change is written to the audit log.
 */
@Path("admin/account")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class AccountScreen {

  @Inject AdminScreen screen;
  @Inject UserStore users;

  @GET
  public Response show(@QueryParam("saved") String saved) {
    HubUser me = screen.user();
    return render(200, me.timeZone(), List.of(), saved != null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@FormParam("timeZone") String timeZone) {
    HubUser me = screen.user();
    Optional<String> chosen = chosenZone(timeZone);
    if (chosen == null) {
      return render(
          422,
          timeZone,
          List.of(new EditorScreen.Problem("account-zone", screen.t("admin.account.badZone"))),
          false);
    }
    String zone = chosen.orElse(null);
    users.setTimeZone(me.email(), zone);
    users.audit(me.email(), "time-zone-changed", me.email(), zone == null ? "site default" : zone);
    return Response.seeOther(URI.create("/admin/account?saved=1")).build();
  }

  /**
   * The zone a form chose: empty for the site's default, null when it names no zone the Hub offers.
   */
  static Optional<String> chosenZone(String posted) {
    if (posted == null || posted.isBlank()) {
      return Optional.empty();
    }
    return EditorTimes.zone(posted).map(z -> z.getId()).map(Optional::of).orElse(null);
  }

  private Response render(
      int status, String selected, List<EditorScreen.Problem> problems, boolean saved) {
    HubUser me = screen.user();
    Map<String, Object> data = new HashMap<>();
    data.put("zones", EditorTimes.choices(selected));
    data.put("siteZone", screen.siteZone().getId());
    data.put("zone", screen.zone().getId());
    data.put("now", EditorTimes.show(java.time.OffsetDateTime.now(), screen.zone()));
    data.put("saved", saved);
    data.put("errors", problems);
    Map<String, String> fieldErrors = new HashMap<>();
    problems.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
    data.put("fieldErrors", fieldErrors);
    data.put("me", Map.of("email", me.email(), "displayName", me.displayName()));
    String title = screen.t("admin.account.title");
    return screen.page(
        status,
        "admin/account",
        problems.isEmpty() ? title : screen.t("errors.titlePrefix", title),
        List.of(new Link(title, null)),
        data);
  }
}
