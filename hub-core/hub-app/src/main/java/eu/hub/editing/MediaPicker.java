package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.editorial.EditorialItem;
import eu.hub.media.MediaAccess;
import eu.hub.media.MediaFiles;
import eu.hub.media.MediaItem;
import eu.hub.media.MediaLibrary;
import eu.hub.media.MediaStore;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Choosing an image for a media field without JavaScript: the editor's form goes to a picker page
 * that carries the whole unsaved draft in hidden fields (as the preview does); the editor searches
 * and pages the library there, picks one with a radio button, and the draft comes back to the
 * editor with the field filled. Only media the person may see in the library are offered or
 * accepted. A field holds the image's address ({@code /media/ID/original/NAME}), which is what the
 * library looks for before it deletes a file.
 */
@RequestScoped
public class MediaPicker {

  static final int PAGE_SIZE = 12;
  private static final Pattern REFERENCE = Pattern.compile("^/media/(\\d{1,18})(?:/|$)");
  private static final Pattern ID = Pattern.compile("^\\d{1,18}$");

  @Inject AdminScreen screen;
  @Inject MediaStore store;

  /** What the person may do in the library; 403 when it is not theirs to open. */
  MediaAccess access() {
    return MediaAccess.of(screen.user()).orElseThrow(screen::forbidden);
  }

  /** The media field of the type by that name, or empty. */
  static Optional<FieldDefinition> mediaField(ContentType type, String name) {
    return name == null
        ? Optional.empty()
        : type.field(name).filter(f -> f.kind() == FieldKind.MEDIA && !f.isRepeatable());
  }

  /**
   * The image a field value or a picked id refers to, if it is in the library and the person may
   * use it.
   */
  Optional<MediaItem> find(String reference) {
    if (reference == null) {
      return Optional.empty();
    }
    String r = reference.strip();
    Matcher m = REFERENCE.matcher(r);
    String id = m.find() ? m.group(1) : ID.matcher(r).matches() ? r : null;
    if (id == null) {
      return Optional.empty();
    }
    Optional<MediaAccess> access = MediaAccess.of(screen.user());
    if (access.isEmpty()) {
      return Optional.empty();
    }
    return store.find(Long.parseLong(id)).filter(access.get()::sees);
  }

  /** The value a field stores for an image. */
  static String reference(MediaItem item) {
    return MediaLibrary.originalUrl(item);
  }

  /** An image as the editor and the picker show it. */
  static Map<String, Object> view(MediaItem item) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", item.id());
    m.put("fileName", item.fileName());
    m.put("alt", item.altText() == null ? "" : item.altText());
    m.put("title", item.title() == null ? "" : item.title());
    m.put("width", item.width());
    m.put("height", item.height());
    int small = MediaFiles.WIDTHS.get(0);
    m.put(
        "thumbnail",
        item.variantWidths().contains(small)
            ? MediaLibrary.variantUrl(item, small)
            : MediaLibrary.originalUrl(item));
    int w = item.width() == null ? 160 : Math.min(160, item.width());
    m.put("thumbWidth", w);
    m.put(
        "thumbHeight",
        item.width() == null || item.height() == null
            ? w
            : Math.max(1, Math.round((float) item.height() * w / item.width())));
    return m;
  }

  /**
   * The picker page for one field of the draft: a page of the images matching {@code words}, and
   * the draft in hidden fields. The form posts back to the editor's address.
   */
  Response render(
      int status,
      ContentType type,
      FieldDefinition field,
      EditorScreen.Draft draft,
      EditorialItem item,
      String backAction,
      String words,
      int page,
      List<EditorScreen.Problem> problems) {
    MediaAccess access = access();
    int wanted = Math.max(1, page);
    MediaStore.Found found = store.images(access, words, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (wanted > pages) {
      wanted = pages;
      found = store.images(access, words, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    Optional<MediaItem> current = find(text(draft.fields().get(field.name())));
    List<Map<String, Object>> images = new ArrayList<>();
    for (MediaItem m : found.items()) {
      Map<String, Object> v = view(m);
      v.put("checked", current.isPresent() && current.get().id().equals(m.id()));
      images.add(v);
    }
    Map<String, Object> data = new HashMap<>();
    data.put("images", images);
    data.put("total", found.total());
    data.put("page", wanted);
    data.put("pages", pages);
    data.put("words", words == null ? "" : words);
    data.put("field", Map.of("name", field.name(), "label", field.label()));
    data.put("action", backAction);
    data.put("hidden", hidden(type, draft, item));
    data.put("errors", problems);
    String title = screen.t("picker.title", field.label());
    String itemTitle = draft.title().isBlank() ? screen.t("admin.preview.untitled") : draft.title();
    return screen.page(
        status,
        "admin/media-picker",
        problems.isEmpty() ? title : screen.t("errors.titlePrefix", title),
        List.of(
            new Link(screen.t("admin.content.title"), "/admin/content"),
            new Link(itemTitle, null),
            new Link(title, null)),
        data);
  }

  /** The draft as hidden form fields, so that it comes back to the editor unchanged. */
  static List<Map<String, String>> hidden(
      ContentType type, EditorScreen.Draft draft, EditorialItem item) {
    List<Map<String, String>> out = new ArrayList<>();
    if (item == null) {
      out.add(Map.of("name", "slug", "value", draft.slug()));
      out.add(Map.of("name", "language", "value", draft.language()));
    } else {
      out.add(Map.of("name", "version", "value", String.valueOf(draft.version())));
      out.add(Map.of("name", "lang", "value", item.language()));
    }
    out.add(Map.of("name", "title", "value", draft.title()));
    out.add(Map.of("name", "summary", "value", draft.summary()));
    out.add(Map.of("name", "body", "value", draft.body()));
    out.add(Map.of("name", "note", "value", draft.note()));
    out.addAll(FieldForm.hiddenValues(type, draft.fields()));
    return out;
  }

  private static String text(Object v) {
    return v == null ? null : String.valueOf(v);
  }
}
