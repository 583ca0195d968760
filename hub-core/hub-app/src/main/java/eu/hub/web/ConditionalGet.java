package eu.hub.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Conditional GET for pages, feeds and other text: a strong ETag computed from the body, and 304
 * Not Modified when the client already has that body. Feed readers poll often; this saves them the
 * download, and lets browsers revalidate pages instead of fetching them again.
 *
 * <p>HTML also gets {@code Cache-Control: no-cache}, which lets a browser keep a page but makes it
 * ask first, so that a published change shows at once. HEAD gets the same headers as GET.
 */
@Provider
public class ConditionalGet implements ContainerResponseFilter {

  private static final Set<String> TAGGED_TYPES =
      Set.of(
          "text/html",
          "application/atom+xml",
          "application/xml",
          "text/plain",
          "application/json",
          "text/calendar");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || response.getMediaType() == null) {
      return;
    }
    MediaType type = response.getMediaType();
    String bare = (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
    if (!TAGGED_TYPES.contains(bare)) {
      return;
    }
    byte[] body;
    if (response.getEntity() instanceof String text) {
      body = EntityTags.bytesOf(text, type.getParameters().get(MediaType.CHARSET_PARAMETER));
    } else if (response.getEntity() instanceof byte[] bytes) {
      body = bytes;
    } else {
      return;
    }
    if (bare.equals("text/html") && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    if (bare.equals("text/html")) {
      // The Hub's own words follow the reader's language (header or the language cookie).
      response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
    }
    String tag = response.getHeaderString(HttpHeaders.ETAG);
    if (tag == null) {
      tag = EntityTags.strongTagOf(body);
      response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    }
    if (EntityTags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }
  }
}
