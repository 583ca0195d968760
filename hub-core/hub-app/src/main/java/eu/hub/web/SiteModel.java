package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Vocabularies;
import eu.hub.operations.HubSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every page shows of the site: its name and the main navigation. */
public record SiteModel(String name, List<Link> sections, List<Link> vocabularies) {

  /** Content types in the order readers look for them; others follow by name. */
  private static final List<String> ORDER =
      List.of("case-study", "lesson", "magazine", "article", "partner", "project");

  /**
   * @param typeLabel a content type's plural label as the reader sees it (it may be translated)
   * @param vocabularyLabel a vocabulary's plural label as the reader sees it
   */
  static SiteModel of(
      HubSettings settings,
      ContentTypeRegistry types,
      Function<ContentType, String> typeLabel,
      Function<Vocabularies.Vocabulary, String> vocabularyLabel) {
    List<Link> sections =
        types.shown().stream()
            .filter(t -> !t.name().equals("page") && !t.name().equals("magazine-issue"))
            .sorted(
                Comparator.comparing(
                    (ContentType t) ->
                        ORDER.indexOf(t.name()) < 0 ? ORDER.size() : ORDER.indexOf(t.name())))
            .map(t -> new Link(typeLabel.apply(t), "/" + t.urlSegment()))
            .toList();
    List<Link> vocabularies =
        Vocabularies.used(types).stream()
            .map(v -> new Link(vocabularyLabel.apply(v), "/" + v.name()))
            .toList();
    return new SiteModel(settings.siteName(), sections, vocabularies);
  }

  /** The model of a page that has no data of its own (errors). */
  static Map<String, Object> minimal(HubSettings settings) {
    return Map.of("name", settings.siteName(), "sections", List.of(), "vocabularies", List.of());
  }
}
