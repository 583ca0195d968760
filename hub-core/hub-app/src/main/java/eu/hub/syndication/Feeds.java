package eu.hub.syndication;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentStore.TermUse;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds of published content, newest first: everything, one content type, the items referring
 * to a partner, the items tagged with a taxonomy term.
 */
@Path("feeds")
@RequestScoped
@Produces(AtomFeeds.MEDIA_TYPE)
@Tag(name = "Feeds", description = "Atom 1.0 feeds (RFC 4287) of published content")
public class Feeds {

  /** How many entries a feed carries: feed readers poll, they do not page. */
  static final int SIZE = 50;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject FeedEntries entries;
  @Inject HubSettings settings;
  @Context UriInfo uri;

  @GET
  @Path("all.atom")
  @Operation(summary = "Everything published", description = "The newest 50 items of every type.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE_NAME))
  public String all() {
    return feed("/feeds/all.atom", settings.siteName(), "/", store.listPublished(null, 0, SIZE));
  }

  @GET
  @Path("{segment}.atom")
  @Operation(
      summary = "One content type",
      description = "The newest 50 items of the type whose pages live under the segment.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE_NAME))
  @APIResponse(responseCode = "404", description = "No content type lives under that segment")
  public String ofType(
      @Parameter(
              description = "The content type's URL segment",
              example = "case-studies",
              required = true)
          @PathParam("segment")
          String segment) {
    ContentType type =
        types
            .byUrlSegment(segment)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "There is no feed called '"
                            + segment
                            + "'. Feeds exist for all, "
                            + types.all().stream()
                                .map(ContentType::urlSegment)
                                .collect(Collectors.joining(", "))
                            + "."));
    return feed(
        "/feeds/" + type.urlSegment() + ".atom",
        type.pluralLabel() + " – " + settings.siteName(),
        "/" + type.urlSegment(),
        store.listPublished(type.name(), 0, SIZE));
  }

  @GET
  @Path("partners/{partner}.atom")
  @Operation(
      summary = "Items about a partner",
      description = "The newest 50 items that refer to the partner, of any type.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE_NAME))
  @APIResponse(responseCode = "404", description = "No partner is published with that slug")
  public String ofPartner(
      @Parameter(description = "The partner's slug", example = "angus-council", required = true)
          @PathParam("partner")
          String slug) {
    ContentItem partner =
        store.findPublished(FeedEntries.PARTNER_TYPE, slug).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No partner is published as '" + slug + "'."));
    return feed(
        "/feeds/partners/" + slug + ".atom",
        partner.title() + " – " + settings.siteName(),
        entries.pathOf(partner),
        store.listPublishedLinkingTo(
            ContentLink.REFERENCE, FeedEntries.PARTNER_TYPE, slug, null, 0, SIZE));
  }

  @GET
  @Path("{vocabulary}/{term}.atom")
  @Operation(
      summary = "Items tagged with a term",
      description =
          "The newest 50 items tagged with a term of a taxonomy vocabulary: themes,"
              + " service-areas, target-groups, countries or tags.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE_NAME))
  @APIResponse(responseCode = "404", description = "No such vocabulary, or no item uses the term")
  public String ofTerm(
      @Parameter(description = "The vocabulary", example = "countries", required = true)
          @PathParam("vocabulary")
          String vocabulary,
      @Parameter(
              description = "The term's key: its label in lower case, words joined by '-'",
              example = "sweden",
              required = true)
          @PathParam("term")
          String key) {
    if (!Vocabularies.of(types.all()).contains(vocabulary)) {
      throw new NotFoundException(
          "There is no vocabulary called '"
              + vocabulary
              + "'. The vocabularies are "
              + String.join(", ", Vocabularies.of(types.all()))
              + ".");
    }
    TermUse term =
        store.terms(vocabulary).stream()
            .filter(t -> t.key().equals(key))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No published item uses the term '" + key + "' of " + vocabulary + "."));
    return feed(
        "/feeds/" + vocabulary + "/" + key + ".atom",
        term.label() + " – " + settings.siteName(),
        "/" + vocabulary + "/" + key,
        store.listPublishedLinkingTo(ContentLink.TERM, vocabulary, key, null, 0, SIZE));
  }

  private String feed(
      String selfPath, String title, String alternatePath, List<ContentItem> items) {
    SiteAddress site = SiteAddress.of(settings.siteUrl(), uri.getBaseUri());
    List<FeedEntry> list = entries.of(items, site);
    String self = site.absolute(selfPath);
    return AtomFeeds.write(
        new FeedDocument(
            self,
            title,
            self,
            site.absolute(alternatePath),
            FeedDocument.updatedOf(list),
            settings.siteName(),
            site.absolute("/"),
            list));
  }
}
