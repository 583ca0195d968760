package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.editorial.EditorialItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Items as the rows of admin lists: title, type, state, language, when, and the edit address. */
@RequestScoped
public class ItemRows {

  @Inject ContentTypeRegistry types;
  @Inject AdminScreen screen;

  List<Map<String, Object>> of(List<EditorialItem> items) {
    return items.stream().map(this::row).toList();
  }

  Map<String, Object> row(EditorialItem i) {
    Map<String, Object> row = new HashMap<>();
    row.put("title", i.title());
    row.put("slug", i.slug());
    row.put("language", i.language());
    row.put("typeLabel", typeLabel(i.type()));
    row.put("state", i.state().name());
    row.put("stateLabel", screen.t("state." + i.state().name()));
    row.put("pending", i.pendingChanges());
    row.put("when", screen.when(i.updatedAt()));
    row.put("publishAt", screen.when(i.publishAt()));
    row.put("editUrl", editUrl(i.type(), i.slug(), i.language()));
    return row;
  }

  String typeLabel(String name) {
    String label = screen.t("type." + name);
    if (!label.equals("type." + name)) {
      return label;
    }
    return types.byName(name).map(ContentType::label).orElse(name);
  }

  /** The address of the item's screens, {@code what} being edit, revisions, compare… */
  static String url(String type, String slug, String language, String what) {
    return "/admin/content/"
        + type
        + "/"
        + slug
        + "/"
        + what
        + (language == null || language.equals("en") ? "" : "?lang=" + language);
  }

  static String editUrl(String type, String slug, String language) {
    return url(type, slug, language, "edit");
  }
}
