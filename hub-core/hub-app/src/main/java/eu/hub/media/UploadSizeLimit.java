package eu.hub.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses an oversized media upload before its body is read: a multipart request to the library
 * ({@code /admin/media}, {@code /api/editorial/media}) whose Content-Length is over the limit (plus
 * room for the form's other fields) gets 413 at once; a body without a length is cut off with 413
 * when it passes the limit, so that it never fills the disk.
 */
@Provider
@PreMatching
public class UploadSizeLimit implements ContainerRequestFilter {

  /** Room for the boundaries, part headers, CSRF token, alt text and title. */
  static final long FORM_OVERHEAD = 64 * 1024;

  @Inject MediaLibrary library;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null
        || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
        || !isMediaUpload(request.getUriInfo().getPath())) {
      return;
    }
    long limit = library.maxBytes() + FORM_OVERHEAD;
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(request));
      return;
    }
    request.setEntityStream(new Bounded(request.getEntityStream(), limit, tooLarge(request)));
  }

  /** Only the library's own addresses: other uploads have other limits. */
  static boolean isMediaUpload(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.startsWith("admin/media") || p.startsWith("api/editorial/media");
  }

  private Response tooLarge(ContainerRequestContext request) {
    String message =
        "The file is too large: the media library takes files up to "
            + library.maxBytes() / (1024 * 1024)
            + " MB.";
    boolean api = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/");
    return Response.status(413)
        .type(
            api ? MediaType.APPLICATION_JSON_TYPE : MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
        .entity(
            api
                ? jakarta.json.Json.createObjectBuilder()
                    .add("status", 413)
                    .add("message", message)
                    .build()
                    .toString()
                : message)
        .build();
  }

  /** Counts what is read and stops with 413 past the limit. */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private final Response refusal;
    private long read;

    Bounded(InputStream in, long limit, Response refusal) {
      super(in);
      this.limit = limit;
      this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new WebApplicationException(refusal);
      }
    }
  }
}
