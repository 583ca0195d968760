package eu.hub.editorial;

import eu.hub.admin.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * {@code POST /api/admin/api-tokens} {@code {"email", "label"}}: the operator issues a personal API
 * token for an account ({@code ./hub user token EMAIL}), for a partner's own system. Guarded by the
 * admin token; answers 201 with the token (shown once), 404 for an unknown account.
 */
@Path("api/admin/api-tokens")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokensAdminApi {

  @Inject ApiTokens tokens;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(String json) {
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      body = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return error(400, "The body is not a JSON object: " + e.getMessage());
    }
    String email = body.getString("email", null);
    if (email == null || email.isBlank()) {
      return error(422, "'email' is required");
    }
    try {
      String token = tokens.issue("admin-api", email, body.getString("label", null));
      return Response.status(201)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              Json.createObjectBuilder()
                  .add("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                  .add("token", token)
                  .build()
                  .toString())
          .build();
    } catch (EditorialException e) {
      return error(e.status(), e.getMessage());
    }
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("status", status)
                .add("message", message)
                .build()
                .toString())
        .build();
  }
}
