package eu.hub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** The active theme's static files: styles, images, scripts. */
@Path("assets")
@RequestScoped
public class Assets {

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css;charset=utf-8",
          "js", "text/javascript;charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "woff2", "font/woff2",
          "ico", "image/x-icon");

  @Inject ReaderChoices reader;

  @GET
  @Path("{path:[A-Za-z0-9_./-]+}")
  public Response asset(@PathParam("path") String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    if (type == null) {
      throw new NotFoundException("No such file.");
    }
    // The reader's theme: the active one, or a previewed one (?theme=, when previews are on).
    byte[] bytes =
        reader.theme().asset(path).orElseThrow(() -> new NotFoundException("No such file."));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(bytes, type)
        .cacheControl(cache)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
