package eu.hub.syndication;

import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** robots.txt at the root of the site, where crawlers look for it. */
@Path("robots.txt")
@RequestScoped
@Tag(name = "Crawlers", description = "Sitemap and robots.txt for search engines")
public class Robots {

  /** The media type of robots.txt. */
  static final String MEDIA_TYPE = "text/plain;charset=utf-8";

  @Inject HubSettings settings;
  @Context UriInfo uri;

  @GET
  @Produces(MEDIA_TYPE)
  @Operation(summary = "Rules for crawlers, with the sitemap's address")
  @APIResponse(
      responseCode = "200",
      description = "robots.txt",
      content = @Content(mediaType = "text/plain"))
  public String robots() {
    SiteAddress site = SiteAddress.of(settings.siteUrl(), uri.getBaseUri());
    return RobotsTxt.text(site.absolute("/sitemap.xml"));
  }
}
