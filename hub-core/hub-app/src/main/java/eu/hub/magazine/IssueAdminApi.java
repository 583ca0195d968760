package eu.hub.magazine;

import eu.hub.admin.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The editors' side of an issue over JSON: preview it with its draft articles, publish it with all
 * its articles at once, or take it off the site again.
 *
 * <p>{@code POST /api/admin/issues/{slug}/publish} answers 200 with what was published, 409 with
 * every reason when the issue cannot be published (then nothing was), 404 for an unknown issue.
 *
 * <p>Guarded by the shared admin bearer token ({@code hub.admin.token}, see {@link AdminOnly}); it
 * will be replaced by proper sign-in with editors' own accounts, and the revisions will then name
 * the editor instead of the API.
 */
@Path("api/admin/issues")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class IssueAdminApi {

  /** Who revisions name while the API knows only that the caller had the token. */
  static final String WHO = "admin-api";

  @Inject MagazinePublishing publishing;
  @Inject IssueContents contents;

  /** The issue as it would be published: its table of contents with draft articles included. */
  @GET
  @Path("{slug:[a-z0-9-]+}")
  public IssueContents.Contents preview(@PathParam("slug") String slug) {
    return contents.of(slug, true).orElseThrow(() -> unknown(slug));
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/publish")
  public Response publish(@PathParam("slug") String slug) {
    try {
      return ok(publishing.publishIssue(slug, WHO));
    } catch (UnknownIssueException e) {
      throw unknown(slug);
    } catch (IssueNotPublishableException e) {
      return refusal(e.getMessage(), e.reasons());
    }
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/unpublish")
  public Response unpublish(@PathParam("slug") String slug) {
    try {
      return ok(publishing.unpublishIssue(slug, WHO));
    } catch (UnknownIssueException e) {
      throw unknown(slug);
    }
  }

  private static NotFoundException unknown(String slug) {
    return new NotFoundException("There is no magazine issue with the slug '" + slug + "'");
  }

  private static Response ok(MagazinePublishing.Outcome outcome) {
    JsonArrayBuilder articles = Json.createArrayBuilder();
    outcome.articles().forEach(articles::add);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("issue", outcome.issue())
            .add("status", outcome.status())
            .add("articles", articles);
    if (outcome.publishedAt() != null) {
      body.add("publishedAt", outcome.publishedAt().toString());
    }
    return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON).build();
  }

  private static Response refusal(String message, List<String> reasons) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    reasons.forEach(list::add);
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("status", 409)
                .add("message", message)
                .add("reasons", list)
                .build()
                .toString())
        .build();
  }
}
