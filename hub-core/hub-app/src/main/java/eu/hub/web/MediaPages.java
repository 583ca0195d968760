package eu.hub.web;

import eu.hub.editing.AdminScreen;
import eu.hub.editing.EditorTimes;
import eu.hub.media.MediaAccess;
import eu.hub.media.MediaCaller;
import eu.hub.media.MediaFiles;
import eu.hub.media.MediaItem;
import eu.hub.media.MediaLibrary;
import eu.hub.media.MediaParts;
import eu.hub.media.MediaRefused;
import eu.hub.media.MediaStore;
import eu.hub.security.CsrfTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The media library screen at {@code /admin/media}: upload an image or PDF (a multipart form whose
 * first field is the CSRF token), see the media one may see with thumbnails, alt text and the
 * Markdown to paste, change alt text and titles, delete what no content uses. Works without
 * JavaScript; every refusal re-renders the page with an error summary linked to the field.
 */
@Path("admin/media")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class MediaPages {

  @Inject PageModels models;
  @Inject ReaderChoices reader;
  @Inject MediaLibrary library;
  @Inject MediaStore store;
  @Inject MediaCaller caller;
  @Inject AdminScreen admin;
  @Context HttpServletRequest request;

  @GET
  public Response list(
      @QueryParam("added") Long added,
      @QueryParam("duplicate") Long duplicate,
      @QueryParam("saved") Long saved,
      @QueryParam("deleted") String deleted) {
    Optional<MediaAccess> access = caller.access();
    if (access.isEmpty()) {
      return away();
    }
    String notice = null;
    if (added != null) {
      notice = reader.message("media.notice.added");
    } else if (duplicate != null) {
      notice = reader.message("media.notice.duplicate");
    } else if (saved != null) {
      notice = reader.message("media.notice.saved");
    } else if (deleted != null) {
      notice = reader.message("media.notice.deleted");
    }
    return page(200, access.get(), notice, null, List.of(), Map.of());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(List<EntityPart> parts) {
    Optional<MediaAccess> access = caller.access();
    if (access.isEmpty()) {
      return away();
    }
    Map<String, String> typed = new HashMap<>();
    try {
      MediaLibrary.Upload upload = MediaParts.read(parts, library.maxBytes());
      typed.put("alt", nullToEmpty(upload.altText()));
      typed.put("title", nullToEmpty(upload.title()));
      MediaLibrary.Uploaded done = library.upload(upload, access.get());
      String which = done.duplicate() ? "duplicate" : "added";
      return Response.seeOther(
              URI.create(
                  "/admin/media?" + which + "=" + done.item().id() + "#media-" + done.item().id()))
          .build();
    } catch (MediaRefused refused) {
      return page(refused.status(), access.get(), null, refused, List.of(), typed);
    }
  }

  @POST
  @Path("{id: [0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response describe(
      @PathParam("id") long id, @FormParam("alt") String alt, @FormParam("title") String title) {
    Optional<MediaAccess> access = caller.access();
    if (access.isEmpty()) {
      return away();
    }
    try {
      library.describe(id, alt, title, access.get());
      return Response.seeOther(URI.create("/admin/media?saved=" + id + "#media-" + id)).build();
    } catch (MediaRefused refused) {
      return page(refused.status(), access.get(), null, refused, List.of(), Map.of());
    }
  }

  @POST
  @Path("{id: [0-9]{1,18}}/delete")
  public Response delete(@PathParam("id") long id) {
    Optional<MediaAccess> access = caller.access();
    if (access.isEmpty()) {
      return away();
    }
    try {
      library.delete(id, access.get());
      return Response.seeOther(URI.create("/admin/media?deleted=" + id)).build();
    } catch (MediaLibrary.InUse inUse) {
      return page(409, access.get(), null, inUse, inUse.usages(), Map.of());
    } catch (MediaRefused refused) {
      return page(refused.status(), access.get(), null, refused, List.of(), Map.of());
    }
  }

  /** Anonymous readers are sent to sign in; signed-in people without a role for media get 403. */
  private Response away() {
    if (caller.user().isEmpty()) {
      return Response.seeOther(URI.create("/sign-in")).build();
    }
    String title = reader.message("admin.forbidden.title");
    Map<String, Object> data = new HashMap<>();
    data.put("forbidden", true);
    data.put("csrfToken", CsrfTokens.of(request));
    return render(403, title, data);
  }

  private Response page(
      int status,
      MediaAccess access,
      String notice,
      MediaRefused refused,
      List<MediaStore.Usage> usages,
      Map<String, String> typed) {
    Map<String, Object> data = new HashMap<>();
    data.put("csrfToken", CsrfTokens.of(request));
    data.put("notice", notice);
    data.put("mayManage", access.manage());
    data.put("maxMb", library.maxBytes() / (1024 * 1024));
    data.put("typed", typed);
    if (refused != null) {
      Map<String, Object> error = new HashMap<>();
      error.put("message", reader.message(refused.key(), refused.args()));
      error.put("field", refused.field());
      data.put("error", error);
    }
    data.put(
        "usages",
        usages.stream()
            .map(u -> Map.of("title", u.title(), "type", u.type(), "slug", u.slug()))
            .toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (MediaItem item : store.visibleTo(access, 500)) {
      items.add(view(item, admin.zone()));
    }
    data.put("items", items);
    return render(status, reader.message("media.title"), data);
  }

  private Response render(int status, String title, Map<String, Object> data) {
    SitePages.Page page = new SitePages.Page(title, null, "/admin/media", reader.language());
    List<Link> trail =
        List.of(new Link(reader.message("admin.title"), "/admin"), new Link(title, null));
    String html = reader.render("media", models.model(page, trail, data));
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return Response.status(status).entity(html).cacheControl(cc).build();
  }

  private static Map<String, Object> view(MediaItem item, ZoneId zone) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", item.id());
    m.put("fileName", item.fileName());
    m.put("contentType", item.contentType());
    m.put("image", item.kind().isImage());
    m.put("size", humanSize(item.sizeBytes()));
    m.put("alt", nullToEmpty(item.altText()));
    m.put("title", nullToEmpty(item.title()));
    m.put("partner", item.partnerSlug());
    m.put("uploadedBy", item.uploadedBy());
    // In the signed-in person's time zone, named, as on the other admin screens.
    m.put("uploadedAt", EditorTimes.show(item.uploadedAt(), zone));
    m.put("url", MediaLibrary.originalUrl(item));
    m.put("markdown", MediaLibrary.markdown(item));
    if (item.kind().isImage()) {
      m.put("width", item.width());
      m.put("height", item.height());
      int smallest = MediaFiles.WIDTHS.get(0);
      boolean hasSmall = item.variantWidths().contains(smallest);
      m.put("thumbnail", hasSmall ? MediaLibrary.variantUrl(item, smallest) : m.get("url"));
      int shownWidth = Math.min(160, item.width());
      m.put("thumbWidth", shownWidth);
      m.put(
          "thumbHeight",
          Math.max(1, Math.round((float) item.height() * shownWidth / item.width())));
    }
    return m;
  }

  private static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return Math.round(bytes / 104_857.6) / 10.0 + " MB";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
