package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.content.Slugs;
import eu.hub.content.Vocabularies;
import eu.hub.magazine.IssueContents;
import eu.hub.publishing.SiteLinkTargets;
import eu.hub.rendering.MarkdownRenderer;
import eu.hub.rendering.RenderOptions;
import eu.hub.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a stored item into what its page shows: rendered Markdown, fields with their labels,
 * references and terms as links, the funding acknowledgement of its project, its translations and
 * the items that refer to it.
 */
@ApplicationScoped
public class ItemPresenter {

  /** A field shown as a short fact: label and one or more values, linked where they lead. */
  public record Detail(String name, String label, List<Link> values) {}

  /** A Markdown field shown as its own section of the page. */
  public record Section(String id, String title, String html) {}

  /** The acknowledgement a funded project requires on every item that belongs to it. */
  public record Acknowledgement(
      Link project, String programme, String acknowledgement, String disclaimer) {}

  /** Items of one type that refer to the item on the page. */
  public record Group(String label, List<ItemView> items) {}

  /** A language version of the item. */
  public record Translation(String language, String name, String url, boolean current) {}

  static final int LINKED_PER_TYPE = 50;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject MarkdownRenderer markdown;
  @Inject SiteLinkTargets targets;
  @Inject IssueContents issues;
  @Inject SearchService search;

  /** Types whose pages suggest related reading. */
  static final Set<String> RELATED_FOR = Set.of("article", "case-study", "lesson");

  /** How an item of that type renders: references resolved, lessons with their own permalinks. */
  RenderOptions renderOptions(ContentType type) {
    RenderOptions options = RenderOptions.DEFAULT.withReferences(targets);
    return type.name().equals("lesson") ? options.withLessonPermalinks() : options;
  }

  /** The template data for an item's page. */
  public Map<String, Object> present(ContentItem item, ContentType type) {
    ItemView view = ItemView.of(item, type);
    Map<String, Object> fields = view.fields();
    List<Detail> details = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      Object value = fields.get(field.name());
      if (value == null) {
        continue;
      }
      List<?> values = value instanceof List<?> l ? l : List.of(value);
      if (field.kind() == FieldKind.MARKDOWN) {
        sections.add(
            new Section(
                Slugs.of(field.label()),
                field.label(),
                markdown.toHtml(
                    String.valueOf(value), RenderOptions.DEFAULT.withReferences(targets))));
      } else if (field.kind() != FieldKind.MEDIA) {
        details.add(
            new Detail(
                field.name(),
                field.label(),
                values.stream()
                    .map(v -> linkFor(field, String.valueOf(v), item.language()))
                    .toList()));
      }
    }
    Map<String, Object> data = new HashMap<>();
    data.put("item", view);
    data.put("bodyHtml", markdown.toHtml(item.body(), renderOptions(type)));
    data.put("details", details);
    data.put("sections", sections);
    data.put("acknowledgement", acknowledgement(item, type, fields).orElse(null));
    data.put("translations", translations(item, type));
    List<Group> linked = linkedFrom(item, type);
    if (type.name().equals("magazine-issue")) {
      // An issue shows its articles as a table of contents in the editors' order instead.
      issues
          .of(item.slug(), false)
          .ifPresent(contents -> data.put("contents", contents.sections()));
      linked =
          linked.stream()
              .filter(
                  g ->
                      !g.label()
                          .equals(types.byName("article").map(ContentType::pluralLabel).orElse("")))
              .toList();
      data.put("pdf", "/" + type.urlSegment() + "/" + item.slug() + ".pdf");
    }
    data.put("linked", linked);
    if (RELATED_FOR.contains(type.name())) {
      data.put("related", search.related(item.id(), 4).stream().map(SearchApi::hit).toList());
    }
    return data;
  }

  private Link linkFor(FieldDefinition field, String value, String language) {
    return switch (field.kind()) {
      case REFERENCE -> reference(field.targetType(), value, language);
      case TERM -> new Link(value, "/" + field.vocabulary() + "/" + Slugs.of(value));
      case URL -> new Link(value, value);
      default -> new Link(value, null);
    };
  }

  /** A reference as a link to the item's page, or plain text when it is not published. */
  Link reference(String targetType, String slug, String language) {
    if (targetType == null) {
      return new Link(slug, null);
    }
    Optional<ContentType> target = types.byName(targetType);
    Optional<ContentItem> found = findPublished(targetType, slug, language);
    if (target.isEmpty() || found.isEmpty()) {
      return new Link(slug, null);
    }
    ContentItem t = found.get();
    return new Link(t.title(), ItemView.urlOf(target.get().urlSegment(), t.slug(), t.language()));
  }

  private Optional<ContentItem> findPublished(String type, String slug, String language) {
    List<ContentItem> all = store.findPublished(type, slug);
    return all.stream()
        .filter(i -> i.language().equals(language))
        .findFirst()
        .or(() -> all.stream().filter(i -> i.language().equals("en")).findFirst())
        .or(() -> all.stream().findFirst());
  }

  private Optional<Acknowledgement> acknowledgement(
      ContentItem item, ContentType type, Map<String, Object> fields) {
    ContentItem project;
    Map<String, Object> projectFields;
    if (type.name().equals("project")) {
      project = item;
      projectFields = fields;
    } else if (fields.get("project") instanceof String slug) {
      Optional<ContentItem> found = findPublished("project", slug, item.language());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      project = found.get();
      projectFields = FieldValues.read(project.fieldsJson());
    } else {
      return Optional.empty();
    }
    Object text = projectFields.get("acknowledgement");
    if (text == null) {
      return Optional.empty();
    }
    String segment = types.byName("project").map(ContentType::urlSegment).orElse("projects");
    return Optional.of(
        new Acknowledgement(
            new Link(project.title(), ItemView.urlOf(segment, project.slug(), project.language())),
            (String) projectFields.get("programme"),
            String.valueOf(text),
            (String) projectFields.get("disclaimer")));
  }

  private List<Translation> translations(ContentItem item, ContentType type) {
    List<ContentItem> versions = store.findPublished(type.name(), item.slug());
    if (versions.size() < 2) {
      return List.of();
    }
    return versions.stream()
        .sorted(Comparator.comparing(ContentItem::language))
        .map(
            v ->
                new Translation(
                    v.language(),
                    Languages.nativeName(v.language()),
                    ItemView.urlOf(type.urlSegment(), v.slug(), v.language()),
                    v.language().equals(item.language())))
        .toList();
  }

  private List<Group> linkedFrom(ContentItem item, ContentType type) {
    Map<String, List<ItemView>> byType = new LinkedHashMap<>();
    for (ContentItem other :
        store.listPublishedLinkingTo(
            ContentLink.REFERENCE, type.name(), item.slug(), null, 0, LINKED_PER_TYPE * 4)) {
      ContentType otherType = types.byName(other.type()).orElse(null);
      if (otherType == null) {
        continue;
      }
      List<ItemView> list = byType.computeIfAbsent(otherType.pluralLabel(), k -> new ArrayList<>());
      if (list.size() < LINKED_PER_TYPE
          && (other.language().equals(item.language())
              || list.stream().noneMatch(v -> v.slug().equals(other.slug())))) {
        list.add(ItemView.of(other, otherType));
      }
    }
    return byType.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
  }

  /** The vocabulary label for a term page title. */
  static String vocabularyLabel(ContentTypeRegistry types, String name) {
    return Vocabularies.byName(types, name).map(Vocabularies.Vocabulary::label).orElse(name);
  }
}
