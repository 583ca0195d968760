package eu.hub.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a request reach an {@link AdminOnly} resource only with the admin bearer token. Temporary:
 * it goes when editors sign in with accounts and roles.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

  @Inject AdminToken token;

  @Override
  public void filter(ContainerRequestContext request) {
    AdminToken.Verdict verdict = token.judge(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    switch (verdict) {
      case ACCEPTED -> {}
      case SWITCHED_OFF ->
          request.abortWith(
              refusal(
                      Response.Status.FORBIDDEN,
                      "The admin API is switched off on this server: set hub.admin.token"
                          + " (HUB_ADMIN_TOKEN) to use it.")
                  .build());
      case MISSING ->
          request.abortWith(
              challenge(
                  refusal(
                      Response.Status.UNAUTHORIZED,
                      "Send the admin token as 'Authorization: Bearer TOKEN'.")));
      case WRONG ->
          request.abortWith(
              challenge(refusal(Response.Status.UNAUTHORIZED, "The admin token is not right.")));
    }
  }

  private static Response.ResponseBuilder refusal(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("message", message)
                .build()
                .toString());
  }

  private static Response challenge(Response.ResponseBuilder response) {
    return response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hub-admin\"").build();
  }
}
