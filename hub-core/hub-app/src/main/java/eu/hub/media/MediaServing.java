package eu.hub.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Serves media at {@code /media/{id}/{original|width}/{name}}. The content type is the one the
 * bytes were found to be (never HTML, never SVG), with {@code nosniff}, a policy that lets nothing
 * in the response run or load, and a year of caching: a file at an address never changes.
 */
@Path("media/{id: [0-9]{1,18}}/{size}/{name}")
@RequestScoped
public class MediaServing {

  /** Nothing in a media response may run, load or be framed; {@code sandbox} for good measure. */
  public static final String POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  @Inject MediaStore store;
  @Inject MediaFiles files;
  @Context HttpServletResponse servletResponse;

  @GET
  public Response serve(
      @PathParam("id") long id,
      @PathParam("size") String size,
      @PathParam("name") String name,
      @Context Request request) {
    MediaItem item = store.find(id).orElseThrow(NotFoundException::new);
    java.nio.file.Path file;
    String type;
    String tag;
    if (size.equals("original")) {
      file = files.existingOriginal(item).orElseThrow(NotFoundException::new);
      type = item.contentType();
      tag = item.sha256();
    } else {
      int width = parseWidth(size);
      Optional<java.nio.file.Path> variant = files.existingVariant(item, width);
      if (variant.isEmpty()) {
        // A width wider than the image itself: the original is the best there is.
        if (item.kind().isImage() && MediaFiles.WIDTHS.contains(width)) {
          return Response.status(Response.Status.FOUND)
              .location(java.net.URI.create(MediaLibrary.originalUrl(item)))
              .build();
        }
        throw new NotFoundException();
      }
      file = variant.get();
      type = item.variantType();
      tag = item.sha256() + "-" + width;
    }
    // Set on the servlet response, replacing the site-wide page policy rather than adding to it.
    servletResponse.setHeader("Content-Security-Policy", POLICY);
    servletResponse.setHeader("X-Content-Type-Options", "nosniff");
    EntityTag etag = new EntityTag(tag);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(31_536_000);
    cache.getCacheExtension().put("immutable", null);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    String disposition =
        (item.kind().isImage() ? "inline" : "attachment")
            + "; filename=\""
            + MediaLibrary.urlName(item.fileName(), extensionOf(type))
            + "\"";
    return Response.ok(file.toFile(), type)
        .tag(etag)
        .cacheControl(cache)
        .header("Content-Disposition", disposition)
        .build();
  }

  private static String extensionOf(String type) {
    return MediaKind.ofContentType(type).map(MediaKind::extension).orElse("bin");
  }

  private static int parseWidth(String size) {
    try {
      return Integer.parseInt(size);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }
}
