package eu.hub.media;

import eu.hub.web.ReaderChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The media library in the JSON API, for a signed-in session (the CSRF token goes in the {@code
 * X-CSRF-Token} header): upload with a multipart/form-data POST of {@code file}, {@code alt} and
 * {@code title}; list; read one; delete one that no content uses (409 listing where it is used).
 */
@Path("api/editorial/media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaApi {

  @Inject MediaLibrary library;
  @Inject MediaStore store;
  @Inject MediaCaller caller;
  @Inject ReaderChoices reader;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(List<EntityPart> parts) {
    try {
      MediaAccess access = access();
      MediaLibrary.Uploaded done =
          library.upload(MediaParts.read(parts, library.maxBytes()), access);
      JsonObject body =
          Json.createObjectBuilder(json(done.item()).build())
              .add("duplicate", done.duplicate())
              .build();
      if (done.duplicate()) {
        return Response.ok(body.toString()).build();
      }
      return Response.created(URI.create(MediaLibrary.originalUrl(done.item())))
          .entity(body.toString())
          .build();
    } catch (MediaRefused refused) {
      return refusal(refused);
    }
  }

  @GET
  public Response list() {
    try {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (MediaItem item : store.visibleTo(access(), 500)) {
        items.add(json(item));
      }
      return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
    } catch (MediaRefused refused) {
      return refusal(refused);
    }
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public Response one(@PathParam("id") long id) {
    try {
      return Response.ok(json(library.visible(id, access())).build().toString()).build();
    } catch (MediaRefused refused) {
      return refusal(refused);
    }
  }

  @DELETE
  @Path("{id: [0-9]{1,18}}")
  public Response delete(@PathParam("id") long id) {
    try {
      library.delete(id, access());
      return Response.noContent().build();
    } catch (MediaRefused refused) {
      return refusal(refused);
    }
  }

  private MediaAccess access() {
    if (caller.user().isEmpty()) {
      throw new MediaRefused(401, null, "media.error.signIn");
    }
    return caller.access().orElseThrow(() -> new MediaRefused(403, null, "media.error.forbidden"));
  }

  private Response refusal(MediaRefused refused) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("status", refused.status())
            .add("message", reader.message(refused.key(), refused.args()));
    if (refused.field() != null) {
      body.add("field", refused.field());
    }
    if (refused instanceof MediaLibrary.InUse inUse) {
      JsonArrayBuilder where = Json.createArrayBuilder();
      for (MediaStore.Usage u : inUse.usages()) {
        where.add(
            Json.createObjectBuilder()
                .add("id", u.id())
                .add("type", u.type())
                .add("slug", u.slug())
                .add("language", u.language())
                .add("title", u.title()));
      }
      body.add("usedBy", where);
    }
    return Response.status(refused.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(body.build().toString())
        .build();
  }

  static JsonObjectBuilder json(MediaItem item) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", item.id())
            .add("fileName", item.fileName())
            .add("contentType", item.contentType())
            .add("size", item.sizeBytes())
            .add("sha256", item.sha256())
            .add("uploadedBy", item.uploadedBy())
            .add("uploadedAt", item.uploadedAt().toString())
            .add("url", MediaLibrary.originalUrl(item))
            .add("markdown", MediaLibrary.markdown(item));
    if (item.width() != null) {
      o.add("width", item.width()).add("height", item.height());
    }
    if (item.altText() != null) {
      o.add("alt", item.altText());
    }
    if (item.title() != null) {
      o.add("title", item.title());
    }
    if (item.partnerSlug() != null) {
      o.add("partner", item.partnerSlug());
    }
    JsonArrayBuilder variants = Json.createArrayBuilder();
    for (int width : item.variantWidths()) {
      variants.add(
          Json.createObjectBuilder()
              .add("width", width)
              .add("url", MediaLibrary.variantUrl(item, width)));
    }
    return o.add("variants", variants);
  }
}
