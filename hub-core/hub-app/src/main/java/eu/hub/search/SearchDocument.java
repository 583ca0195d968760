package eu.hub.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the search index knows about one item, with nothing of Lucene in it, so that the database
 * feed, the plugins and the tests can all build one.
 *
 * @param id the content item's id; indexing the same id again replaces the earlier version
 * @param type the content type's name, e.g. {@code case-study}
 * @param language the item's language code, e.g. {@code sv} or {@code sv-SE}; a language without an
 *     analyzer of its own is still found through the language-neutral fields
 * @param body Markdown source or plain text
 * @param published the publication date, or null; newer items win ties, and the year becomes a
 *     facet unless {@code facets} already has one
 * @param facets the item's filter fields and their values (partner, country, theme, project, year,
 *     and any field a plugin declares as filterable); {@code type} and {@code language} are facets
 *     already and are ignored here
 * @param runsFrom the first day of what the item describes (an event's start), for the date filter;
 *     null when its type has no date filter
 * @param runsTo the last such day ({@link LocalDate#MAX} for a series without end); null when
 *     {@code runsFrom} is
 */
public record SearchDocument(
    long id,
    String type,
    String slug,
    String language,
    String title,
    String summary,
    String body,
    String url,
    LocalDate published,
    Map<String, List<String>> facets,
    LocalDate runsFrom,
    LocalDate runsTo) {

  /** An item outside the date filter. */
  public SearchDocument(
      long id,
      String type,
      String slug,
      String language,
      String title,
      String summary,
      String body,
      String url,
      LocalDate published,
      Map<String, List<String>> facets) {
    this(id, type, slug, language, title, summary, body, url, published, facets, null, null);
  }

  public SearchDocument {
    if (runsFrom == null) {
      runsTo = null;
    } else if (runsTo == null || runsTo.isBefore(runsFrom)) {
      runsTo = runsFrom;
    }
    type = Objects.requireNonNullElse(type, "");
    slug = Objects.requireNonNullElse(slug, "");
    language = Objects.requireNonNullElse(language, "");
    title = Objects.requireNonNullElse(title, "");
    summary = Objects.requireNonNullElse(summary, "");
    body = Objects.requireNonNullElse(body, "");
    url = Objects.requireNonNullElse(url, "");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (facets != null) {
      facets.forEach(
          (name, values) -> {
            if (name != null && values != null) {
              copy.put(name, values.stream().filter(Objects::nonNull).toList());
            }
          });
    }
    facets = Map.copyOf(copy);
  }
}
