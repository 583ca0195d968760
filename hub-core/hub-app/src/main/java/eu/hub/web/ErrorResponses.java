package eu.hub.web;

import eu.hub.operations.HubSettings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error becomes a short message a person can act on: JSON under {@code /api}, a themed page
 * elsewhere. Unexpected failures are logged with an id the page shows, never with a stack trace on
 * the page.
 */
@Provider
public class ErrorResponses implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

  @Context UriInfo uri;
  @Inject ReaderChoices reader;
  @Inject HubSettings settings;

  @Override
  public Response toResponse(Throwable error) {
    int status;
    String message;
    if (error instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
      message = messageOf(web, status);
      if (status < 400) {
        return web.getResponse();
      }
    } else {
      status = 500;
      String id = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + uri.getRequestUri(), error);
      message =
          "Something went wrong on our side. If it happens again, tell the site team error "
              + id
              + ".";
    }
    String path = uri.getPath();
    if (path.startsWith("api/") || path.startsWith("/api/") || path.equals("api")) {
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
    Map<String, Object> model = new HashMap<>();
    model.put("site", SiteModel.minimal(settings));
    String title = reader.messageOr(titleKey(status), title(status));
    model.put("page", Map.of("title", title, "lang", reader.language(), "breadcrumbs", List.of()));
    model.put("status", status);
    model.put("message", message);
    model.put("path", "/" + path.replaceFirst("^/", ""));
    String html;
    try {
      html = reader.render("error", model);
    } catch (RuntimeException renderFailure) {
      LOG.log(Level.SEVERE, "The error page itself failed to render", renderFailure);
      html = "<!DOCTYPE html><html lang=\"en\"><title>Error</title><p>" + status + "</p></html>";
    }
    return Response.status(status)
        .type(MediaType.TEXT_HTML + ";charset=utf-8")
        .entity(html)
        .build();
  }

  private static String messageOf(WebApplicationException web, int status) {
    String m = web.getMessage();
    boolean generic = m == null || m.startsWith("HTTP " + status);
    if (!generic) {
      return m;
    }
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that kind of request.";
      case 406, 415 -> "This address cannot answer in that format.";
      default -> "The request could not be handled (" + status + ").";
    };
  }

  private static String titleKey(int status) {
    return switch (status) {
      case 404 -> "error.notFound.title";
      case 400 -> "error.badRequest.title";
      default -> status >= 500 ? "error.server.title" : "error.other.title";
    };
  }

  private static String title(int status) {
    return switch (status) {
      case 404 -> "Page not found";
      case 400 -> "Something in the request is not right";
      default -> status >= 500 ? "Sorry, something went wrong" : "The request could not be handled";
    };
  }
}
