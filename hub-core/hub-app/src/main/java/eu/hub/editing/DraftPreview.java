package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.content.Slugs;
import eu.hub.editorial.EditorialItem;
import eu.hub.publishing.SiteLinkTargets;
import eu.hub.rendering.MarkdownRenderer;
import eu.hub.rendering.RenderOptions;
import eu.hub.web.ItemPresenter;
import eu.hub.web.ItemView;
import eu.hub.web.Link;
import eu.hub.web.PageModels;
import eu.hub.web.ReaderChoices;
import eu.hub.web.SitePages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview of an unsaved draft: the item page of the real theme, Markdown rendered by the real
 * renderer, with a banner saying it is a preview and a form that carries the draft back to the
 * editor (or saves it). A server round trip, so it works without JavaScript.
 */
@RequestScoped
public class DraftPreview {

  @Inject AdminScreen screen;
  @Inject ReaderChoices reader;
  @Inject PageModels models;
  @Inject MarkdownRenderer markdown;
  @Inject SiteLinkTargets targets;

  Response render(
      ContentType type,
      EditorScreen.Draft draft,
      EditorialItem item,
      MultivaluedMap<String, String> form,
      String backAction) {
    RenderOptions options = RenderOptions.DEFAULT.withReferences(targets);
    if (type.name().equals("lesson")) {
      options = options.withLessonPermalinks();
    }
    List<ItemPresenter.Detail> details = new ArrayList<>();
    List<ItemPresenter.Section> sections = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      Object value = draft.fields().get(field.name());
      if (value == null) {
        continue;
      }
      if (field.kind() == FieldKind.MARKDOWN) {
        sections.add(
            new ItemPresenter.Section(
                Slugs.of(field.label()),
                field.label(),
                markdown.toHtml(
                    String.valueOf(value), RenderOptions.DEFAULT.withReferences(targets))));
      } else if (field.kind() != FieldKind.MEDIA) {
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        details.add(
            new ItemPresenter.Detail(
                field.name(),
                field.label(),
                values.stream().map(v -> new Link(FieldForm.display(v), null)).toList()));
      }
    }
    String title = draft.title().isBlank() ? screen.t("admin.preview.untitled") : draft.title();
    ItemView view =
        new ItemView(
            item == null ? 0 : item.id(),
            type.name(),
            type.label(),
            draft.slug(),
            draft.language(),
            title,
            draft.summary().isBlank() ? null : draft.summary(),
            null,
            null,
            item == null ? 0 : item.revision(),
            draft.fields());
    Map<String, Object> data = new HashMap<>();
    data.put("item", view);
    data.put("bodyHtml", markdown.toHtml(draft.body(), options));
    data.put("details", details);
    data.put("sections", sections);
    data.put("translations", List.of());
    data.put("linked", List.of());
    data.put("preview", true);
    data.put("backAction", backAction);
    data.put("csrfToken", screen.csrf());
    // Every posted value goes back to the editor unchanged.
    List<Map<String, String>> hidden = new ArrayList<>();
    form.forEach(
        (name, values) -> {
          if (!name.equals("csrf") && !name.equals("action")) {
            values.forEach(v -> hidden.add(Map.of("name", name, "value", v)));
          }
        });
    data.put("hidden", hidden);
    SitePages.Page page =
        new SitePages.Page(
            screen.t("admin.preview.title", title), null, backAction, draft.language());
    String html =
        reader.render(
            "admin/preview",
            models.model(
                page,
                List.of(
                    new Link(screen.t("admin.nav.dashboard"), "/admin"),
                    new Link(screen.t("admin.preview.crumb"), null)),
                data));
    return Response.ok(html, MediaType.TEXT_HTML + ";charset=utf-8")
        .cacheControl(AdminScreen.noStore())
        .build();
  }
}
