package eu.hub.editing;

import eu.hub.security.HubUser;
import eu.hub.security.PasswordRules;
import eu.hub.security.Passwords;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /admin/users}, for administrators: every account with its roles and partner, and a form
 * that adds one (the same rules as the operator API: a long, uncommon password; a partner author
 * belongs to a partner).
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class UsersScreen {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Inject AdminScreen screen;
  @Inject UserStore users;
  @Inject Passwords passwords;
  @Inject EditorQueries queries;

  @GET
  public Response list() {
    screen.require(Role.ADMINISTRATOR);
    return render(200, Map.of(), List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(MultivaluedMap<String, String> form) {
    screen.require(Role.ADMINISTRATOR);
    List<EditorScreen.Problem> problems = new ArrayList<>();
    String email = UserStore.normalEmail(form.getFirst("email"));
    if (email.isEmpty()) {
      problems.add(new EditorScreen.Problem("user-email", screen.t("admin.users.error.email")));
    } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
      problems.add(new EditorScreen.Problem("user-email", screen.t("admin.users.error.emailForm")));
    } else if (users.byEmail(email).isPresent()) {
      problems.add(
          new EditorScreen.Problem("user-email", screen.t("admin.users.error.taken", email)));
    }
    String name = form.getFirst("displayName");
    name = name == null || name.isBlank() ? email : name.strip();
    if (name.length() > 200) {
      problems.add(new EditorScreen.Problem("user-name", screen.t("admin.users.error.name")));
    }
    String password = form.getFirst("password");
    PasswordRules.problem(password, email)
        .ifPresent(p -> problems.add(new EditorScreen.Problem("user-password", p)));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : form.getOrDefault("roles", List.of())) {
      Role.parse(r).ifPresent(roles::add);
    }
    if (roles.isEmpty()) {
      problems.add(new EditorScreen.Problem("user-role-1", screen.t("admin.users.error.roles")));
    }
    String partner = form.getFirst("partner");
    partner = partner == null || partner.isBlank() ? null : partner.strip();
    if (roles.contains(Role.PARTNER_AUTHOR)) {
      if (partner == null || !SLUG.matcher(partner).matches()) {
        problems.add(
            new EditorScreen.Problem("user-partner", screen.t("admin.users.error.partner")));
      }
    } else if (partner != null) {
      problems.add(
          new EditorScreen.Problem("user-partner", screen.t("admin.users.error.notPartner")));
    }
    if (!problems.isEmpty()) {
      Map<String, Object> kept = new HashMap<>();
      kept.put("email", email);
      kept.put("displayName", form.getFirst("displayName"));
      kept.put("partner", partner);
      kept.put("roles", roles.stream().map(Role::name).toList());
      return render(422, kept, problems);
    }
    users.create(email, name, passwords.hash(password), roles, partner);
    users.audit(
        screen.user().email(),
        "user-created",
        email,
        "roles " + Role.join(roles) + (partner == null ? "" : ", partner " + partner));
    return Response.seeOther(URI.create("/admin/users?added=" + enc(email))).build();
  }

  /** An administrator sets someone's time zone (empty for the site's default); audited. */
  @POST
  @Path("time-zone")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response timeZone(MultivaluedMap<String, String> form) {
    screen.require(Role.ADMINISTRATOR);
    String email = UserStore.normalEmail(form.getFirst("email"));
    java.util.Optional<String> zone = AccountScreen.chosenZone(form.getFirst("timeZone"));
    List<EditorScreen.Problem> problems = new ArrayList<>();
    if (users.byEmail(email).isEmpty()) {
      problems.add(new EditorScreen.Problem("zone-user", screen.t("admin.users.error.noUser")));
    }
    if (zone == null) {
      problems.add(new EditorScreen.Problem("zone-zone", screen.t("admin.account.badZone")));
    }
    if (!problems.isEmpty()) {
      return render(422, Map.of("zoneUser", email), problems);
    }
    users.setTimeZone(email, zone.orElse(null));
    users.audit(
        screen.user().email(), "user-time-zone-changed", email, zone.orElse("site default"));
    return Response.seeOther(URI.create("/admin/users?zoneSet=" + enc(email))).build();
  }

  /** A problem with one field of the form, for the error summary. */
  private Response render(
      int status, Map<String, Object> kept, List<EditorScreen.Problem> problems) {
    Map<String, Object> data = new HashMap<>();
    List<Map<String, Object>> list = new ArrayList<>();
    for (HubUser u : users.all()) {
      Map<String, Object> row = new HashMap<>();
      row.put("email", u.email());
      row.put("displayName", u.displayName());
      row.put("roles", u.roles().stream().map(r -> screen.t("role." + r.name())).toList());
      row.put("partner", u.partnerSlug());
      row.put("locked", u.lockedUntil() != null);
      row.put("timeZone", u.timeZone());
      list.add(row);
    }
    data.put("users", list);
    data.put("errors", problems);
    Map<String, String> fieldErrors = new HashMap<>();
    problems.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
    data.put("fieldErrors", fieldErrors);
    data.put("form", kept);
    @SuppressWarnings("unchecked")
    List<String> chosen = (List<String>) kept.getOrDefault("roles", List.of());
    data.put(
        "roleChoices",
        List.of(Role.values()).stream()
            .map(
                r ->
                    Map.of(
                        "value", r.name(),
                        "label", screen.t("role." + r.name()),
                        "checked", chosen.contains(r.name())))
            .toList());
    data.put("partners", queries.items("partner"));
    data.put("added", screen.param("added"));
    data.put("zoneSet", screen.param("zoneSet"));
    data.put("zones", EditorTimes.choices(null));
    data.put("siteZone", screen.siteZone().getId());
    String title = screen.t("admin.users.title");
    return screen.page(
        status,
        "admin/users",
        problems.isEmpty() ? title : screen.t("errors.titlePrefix", title),
        List.of(new Link(title, null)),
        data);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
