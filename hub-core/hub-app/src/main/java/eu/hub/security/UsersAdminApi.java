package eu.hub.security;

import eu.hub.admin.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /api/admin/users}: the operator creates accounts ({@code ./hub user add --admin EMAIL}
 * creates the first administrator; there is no default password) and lists them. Guarded by the
 * admin token; every creation goes into the audit log.
 *
 * <p>POST takes {@code {"email", "displayName", "password", "roles": [...], "partner"}} and answers
 * 201, 400 for JSON that does not parse, 409 when the email has an account, and 422 listing every
 * problem (a short or common password among them).
 *
 * <p>{@code DELETE /api/admin/users/EMAIL/oidc} forgets which person at the OpenID provider the
 * account is linked to (204; 404 without the account), so that the next OIDC sign-in links anew.
 */
@Path("api/admin/users")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class UsersAdminApi {

  static final int UNPROCESSABLE = 422;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Inject UserStore users;
  @Inject Passwords passwords;

  @GET
  public String list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (HubUser u : users.all()) {
      list.add(user(u));
    }
    return Json.createObjectBuilder().add("users", list).build().toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String json) {
    JsonObject request;
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return answer(400, "The body is not a JSON object: " + e.getMessage(), List.of());
    }
    List<String> problems = new ArrayList<>();
    String email = UserStore.normalEmail(text(request, "email", problems));
    if (email.isEmpty()) {
      problems.add("'email' is required");
    } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
      problems.add("'email' is not an email address");
    }
    String name = text(request, "displayName", problems);
    if (name == null || name.isBlank()) {
      name = email;
    } else if (name.length() > 200) {
      problems.add("'displayName' is longer than 200 characters");
    }
    String password = text(request, "password", problems);
    PasswordRules.problem(password, email).ifPresent(problems::add);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    JsonValue rolesJson = request.get("roles");
    if (rolesJson != null && rolesJson.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue r : rolesJson.asJsonArray()) {
        String n = r instanceof JsonString s ? s.getString() : r.toString();
        Role.parse(n)
            .ifPresentOrElse(
                roles::add,
                () ->
                    problems.add(
                        "'"
                            + n
                            + "' is not a role (ADMINISTRATOR, EDITOR, REVIEWER, PARTNER_AUTHOR)"));
      }
    } else if (rolesJson != null) {
      problems.add("'roles' is a list such as [\"EDITOR\"]");
    }
    if (roles.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("'roles'"))) {
      problems.add("'roles' needs at least one role");
    }
    String partner = text(request, "partner", problems);
    if (roles.contains(Role.PARTNER_AUTHOR)) {
      if (partner == null || !SLUG.matcher(partner).matches()) {
        problems.add("a PARTNER_AUTHOR needs 'partner', the slug of their partner");
      }
    } else if (partner != null && !partner.isBlank()) {
      problems.add("'partner' is only for a PARTNER_AUTHOR");
    }
    if (!problems.isEmpty()) {
      return answer(
          UNPROCESSABLE, "The account was not created: " + String.join("; ", problems), problems);
    }
    if (users.byEmail(email).isPresent()) {
      return answer(409, "There is already an account for " + email + ".", List.of());
    }
    HubUser created = users.create(email, name.strip(), passwords.hash(password), roles, partner);
    users.audit("admin-token", "user-created", email, "roles " + Role.join(roles));
    return Response.status(201)
        .type(MediaType.APPLICATION_JSON)
        .entity(user(created).toString())
        .build();
  }

  @DELETE
  @Path("{email}/oidc")
  public Response unlinkOidc(@PathParam("email") String email) {
    String normal = UserStore.normalEmail(email);
    var before = users.byEmail(normal);
    if (before.isEmpty() || !users.unlinkOidc(normal)) {
      return answer(404, "There is no account for " + normal + ".", List.of());
    }
    users.audit(
        "admin-token",
        "oidc-unlinked",
        normal,
        before.get().oidcSubject() == null
            ? "was not linked"
            : "was " + before.get().oidcSubject() + " at " + before.get().oidcIssuer());
    return Response.noContent().build();
  }

  private static JsonObject user(HubUser u) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    u.roles().forEach(r -> roles.add(r.name()));
    var b =
        Json.createObjectBuilder()
            .add("id", u.id())
            .add("email", u.email())
            .add("displayName", u.displayName())
            .add("roles", roles)
            .add("created", u.createdAt().toString())
            .add("failedAttempts", u.failedAttempts());
    if (u.partnerSlug() != null) {
      b.add("partner", u.partnerSlug());
    }
    if (u.lockedUntil() != null) {
      b.add("lockedUntil", u.lockedUntil().toString());
    }
    if (u.oidcSubject() != null) {
      b.add(
          "oidc",
          Json.createObjectBuilder().add("issuer", u.oidcIssuer()).add("subject", u.oidcSubject()));
    }
    return b.build();
  }

  private static String text(JsonObject request, String key, List<String> problems) {
    JsonValue value = request.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    problems.add("'" + key + "' is text");
    return null;
  }

  private static Response answer(int status, String message, List<String> problems) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    problems.forEach(list::add);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("status", status)
                .add("message", message)
                .add("problems", list)
                .build()
                .toString())
        .build();
  }
}
