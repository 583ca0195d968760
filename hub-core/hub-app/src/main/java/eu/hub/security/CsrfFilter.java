package eu.hub.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses every POST, PUT, DELETE and PATCH that is not a bearer-token API call unless it carries
 * the session's CSRF token (form field {@code csrf} or header {@code X-CSRF-Token}): 403 with a
 * message. The form body is read and put back for the resource. In a multipart/form-data form (a
 * file upload) the token must be the first field, so that only the start of the body is read. It
 * runs after authentication, so that an operator endpoint called without its bearer token still
 * answers 401 with the challenge. The forms anonymous readers post ({@link ReaderForms}) carry a
 * stateless token instead, accepted on those paths only, so that readers need no session.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CsrfFilter implements ContainerRequestFilter {

  /** A form bigger than this is not one of the Hub's forms. */
  private static final int MAX_FORM = 1 << 20;

  /** How much of a multipart body is looked at for the token, which comes first. */
  static final int MULTIPART_HEAD = 4096;

  @Context HttpServletRequest servletRequest;
  @Inject ReaderForms readerForms;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!CsrfTokens.unsafe(request.getMethod())
        || CsrfTokens.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      return;
    }
    String given = request.getHeaderString(CsrfTokens.HEADER);
    if (given == null
        && request.getMediaType() != null
        && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      byte[] body;
      try {
        body = request.getEntityStream().readNBytes(MAX_FORM);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      request.setEntityStream(new ByteArrayInputStream(body));
      given = formField(new String(body, StandardCharsets.UTF_8), CsrfTokens.FIELD);
    } else if (given == null
        && request.getMediaType() != null
        && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      // Only the start is buffered and put back: the rest may be a large file.
      BufferedInputStream in = new BufferedInputStream(request.getEntityStream(), MULTIPART_HEAD);
      byte[] head;
      try {
        in.mark(MULTIPART_HEAD);
        head = in.readNBytes(MULTIPART_HEAD);
        in.reset();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      request.setEntityStream(in);
      given =
          firstMultipartField(
              head, request.getMediaType().getParameters().get("boundary"), CsrfTokens.FIELD);
    }
    if (CsrfTokens.matches(CsrfTokens.existing(servletRequest), given)
        || readerFormAccepts(request.getUriInfo().getPath(), given)) {
      return;
    }
    request.abortWith(
        Response.status(Response.Status.FORBIDDEN)
            .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
            .entity(
                "This form has expired or did not come from this site (its security token is"
                    + " missing or wrong). Go back, reload the page and send it again.")
            .build());
  }

  /**
   * Whether the path is an anonymous reader's form and the token is its stateless one. An authentic
   * token that has expired passes, marked, so that the form comes back with what the reader typed.
   */
  private boolean readerFormAccepts(String path, String given) {
    String purpose = ReaderForms.purposeOf(path);
    if (purpose == null || given == null) {
      return false;
    }
    return switch (readerForms.check(purpose, given)) {
      case VALID -> true;
      case EXPIRED -> {
        servletRequest.setAttribute(ReaderForms.EXPIRED, Boolean.TRUE);
        yield true;
      }
      case INVALID -> false;
    };
  }

  /**
   * The value of the first part of a multipart/form-data body, if that part is the named field;
   * null otherwise (the token must come first, before any file).
   */
  static String firstMultipartField(byte[] head, String boundary, String name) {
    if (boundary == null || boundary.isEmpty()) {
      return null;
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int start = text.indexOf(delimiter);
    if (start < 0) {
      return null;
    }
    int headersStart = text.indexOf("\r\n", start) + 2;
    int headersEnd = text.indexOf("\r\n\r\n", headersStart);
    if (headersStart < 2 || headersEnd < 0) {
      return null;
    }
    String headers = text.substring(headersStart, headersEnd).toLowerCase(java.util.Locale.ROOT);
    if (!headers.matches(
        "(?s).*content-disposition:\\s*form-data;\\s*name=\"" + name + "\"\\s*(\r\n.*)?")) {
      return null;
    }
    int valueEnd = text.indexOf("\r\n" + delimiter, headersEnd + 4);
    if (valueEnd < 0) {
      return null;
    }
    return new String(
        text.substring(headersEnd + 4, valueEnd).getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8);
  }

  /** The first value of a field in an application/x-www-form-urlencoded body. */
  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
