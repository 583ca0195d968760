package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentTypeRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Items as the rows of admin lists: title, type, state, language, when, and the edit address. */
@RequestScoped
public class ItemRows {

  @Inject ContentTypeRegistry types;
  @Inject AdminScreen screen;

  List<Map<String, Object>> of(List<ContentItem> items) {
    return items.stream().map(this::row).toList();
  }

  Map<String, Object> row(ContentItem i) {
    Map<String, Object> row = new HashMap<>();
    row.put("title", i.title());
    row.put("slug", i.slug());
    row.put("language", i.language());
    row.put(
        "typeLabel", types.byName(i.type()).map(ContentType::label).orElse(i.type()));
    row.put("state", i.status().name());
    row.put("stateLabel", screen.t("state." + i.status().name()));
    row.put("when", time(i.updatedAt()));
    row.put("editUrl", editUrl(i));
    return row;
  }

  static String editUrl(ContentItem i) {
    return "/admin/content/"
        + i.type()
        + "/"
        + i.slug()
        + "/edit"
        + (i.language().equals("en") ? "" : "?lang=" + i.language());
  }

  static String time(OffsetDateTime t) {
    return t == null
        ? null
        : t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
