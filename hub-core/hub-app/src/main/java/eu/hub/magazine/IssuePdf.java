package eu.hub.magazine;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /issues/{slug}.pdf}: a published issue as one PDF to download, print or send on. Its own
 * resource so the issue's HTML page at {@code /issues/{slug}} stays with the public pages.
 */
@Path("issues/{slug:[a-z0-9-]+}.pdf")
@RequestScoped
public class IssuePdf {

  static final String PDF = "application/pdf";

  @Inject IssuePrinter printer;
  @Context UriInfo uri;

  @GET
  @Produces(PDF)
  public Response download(@PathParam("slug") String slug) {
    IssuePrinter.Printed printed =
        printer
            .print(slug, uri.getBaseUri().toString())
            .orElseThrow(
                () -> new NotFoundException("No magazine issue is published at this address."));
    return Response.ok(printed.pdf(), PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + printed.fileName() + "\"")
        .header(HttpHeaders.CONTENT_LENGTH, printed.pdf().length)
        .build();
  }
}
