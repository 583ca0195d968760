package eu.hub.editorial;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Identifies callers of {@code /api/editorial} who send a personal API token as {@code
 * Authorization: Bearer TOKEN} (see {@link ApiTokens}): the token's account is the acting {@link
 * Editor} for this request, whatever session cookie comes along. A wrong token gets 401. Such calls
 * need no CSRF token: a browser never adds the header by itself.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter {

  @Inject ApiTokens tokens;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!(path.startsWith("api/editorial") || path.startsWith("/api/editorial"))) {
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return;
    }
    var editor = tokens.editorFor(authorization.substring(7).strip());
    if (editor.isEmpty()) {
      request.abortWith(
          Response.status(Response.Status.UNAUTHORIZED)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hub-editorial\"")
              .type(MediaType.APPLICATION_JSON)
              .entity(
                  Json.createObjectBuilder()
                      .add("status", 401)
                      .add(
                          "message",
                          "This API token is not valid: ask for a new one (./hub user token"
                              + " EMAIL, or POST /api/editorial/tokens when signed in).")
                      .build()
                      .toString())
              .build());
      return;
    }
    servletRequest.setAttribute(Editors.TOKEN_EDITOR, editor.get());
  }
}
