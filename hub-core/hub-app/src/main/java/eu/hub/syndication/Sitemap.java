package eu.hub.syndication;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentStore.TermUse;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sitemap: the home page, each type's listing, each term page, and every published item with
 * the time it last changed, so that search engines revisit only what changed.
 */
@Path("sitemap.xml")
@RequestScoped
@Tag(name = "Crawlers", description = "Sitemap and robots.txt for search engines")
public class Sitemap {

  /** The media type of the sitemap. */
  static final String MEDIA_TYPE = "application/xml;charset=utf-8";

  private static final int BATCH = 500;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject FeedEntries entries;
  @Inject HubSettings settings;
  @Context UriInfo uri;

  @GET
  @Produces(MEDIA_TYPE)
  @Operation(summary = "Sitemap (sitemaps.org 0.9) of every public page")
  @APIResponse(
      responseCode = "200",
      description = "The sitemap",
      content = @Content(mediaType = "application/xml"))
  public String sitemap() {
    SiteAddress site = SiteAddress.of(settings.siteUrl(), uri.getBaseUri());
    List<SitemapXml.Url> urls = new ArrayList<>();
    List<ContentItem> newest = store.listPublished(null, 0, 1);
    urls.add(
        new SitemapXml.Url(
            site.absolute("/"),
            newest.isEmpty() ? null : newest.getFirst().updatedAt().toInstant()));
    for (ContentType type : types.shown()) {
      urls.add(new SitemapXml.Url(site.absolute("/" + type.urlSegment()), null));
    }
    for (String vocabulary : Vocabularies.of(types.all())) {
      for (TermUse term : store.terms(vocabulary)) {
        urls.add(new SitemapXml.Url(site.absolute("/" + vocabulary + "/" + term.key()), null));
      }
    }
    for (int offset = 0; urls.size() < SitemapXml.MAX_URLS; offset += BATCH) {
      List<ContentItem> batch = store.listPublished(null, offset, BATCH);
      for (ContentItem item : batch) {
        if (urls.size() < SitemapXml.MAX_URLS) {
          urls.add(
              new SitemapXml.Url(
                  site.absolute(entries.pathOf(item)), item.updatedAt().toInstant()));
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    return SitemapXml.write(urls);
  }
}
