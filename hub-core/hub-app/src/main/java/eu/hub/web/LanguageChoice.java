package eu.hub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The footer's language form: remembers the chosen language of the Hub's words in a cookie and goes
 * back to the page the reader was on. A GET form, so it works without JavaScript.
 */
@Path("language")
@RequestScoped
public class LanguageChoice {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject ReaderChoices reader;

  @GET
  public Response choose(@QueryParam("ui") String ui, @QueryParam("return") String returnTo) {
    Response.ResponseBuilder back = Response.seeOther(URI.create(safe(returnTo)));
    if (ui != null && reader.theme().languages().contains(ui)) {
      back.cookie(
          new NewCookie.Builder(ReaderChoices.COOKIE)
              .value(ui)
              .path("/")
              .maxAge(ONE_YEAR)
              .sameSite(NewCookie.SameSite.LAX)
              .build());
    }
    return back.build();
  }

  /** Only a path on this site: never an open redirect to another host. */
  static String safe(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.contains("\\")
        || returnTo.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return "/";
    }
    try {
      URI.create(returnTo);
      return returnTo;
    } catch (IllegalArgumentException notAnAddress) {
      return "/";
    }
  }
}
