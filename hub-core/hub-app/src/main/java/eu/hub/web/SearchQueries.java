package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentSaved;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Vocabularies;
import eu.hub.search.FacetCount;
import eu.hub.search.Facets;
import eu.hub.search.SearchRequest;
import eu.hub.search.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads search parameters the same way for the page and the API, and gives facet values the labels
 * people know (a partner's name rather than its slug).
 */
@ApplicationScoped
public class SearchQueries {

  /** A facet value with its count and the label to show. */
  public record Value(String value, long count, String label, boolean selected) {}

  /** A facet with its values, for display. */
  public record Facet(String name, String label, List<Value> values) {}

  private static final Set<String> CONTROL = Set.of("q", "sort", "page", "size", "from", "to");
  private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}._ -]{1,200}");

  @Inject ContentTypeRegistry types;
  @Inject ContentStore store;

  private final Map<String, String> labels = new ConcurrentHashMap<>();

  /** The facets a search can filter by: the built-in ones and those the content types declare. */
  public List<String> facetNames() {
    return List.copyOf(facetLabels().keySet());
  }

  /** Facet names with the label of the first field that declares each. */
  private Map<String, String> facetLabels() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String builtIn : List.of("type", "language", "year")) {
      names.put(builtIn, null);
    }
    for (ContentType type : types.all()) {
      for (FieldDefinition field : type.fields()) {
        String facet = Facets.ofField(field);
        if (facet != null) {
          names.putIfAbsent(facet, field.name().equals(facet) ? field.label() : null);
        }
      }
    }
    return names;
  }

  /** Whether some content type has a date filter, so that search offers from and to. */
  public boolean hasDateFilter() {
    return types.all().stream()
        .flatMap(t -> t.fields().stream())
        .anyMatch(FieldDefinition::isDateFilter);
  }

  /** Parameters to a request; anything unknown or malformed is a 400 saying what is allowed. */
  public SearchRequest parse(MultivaluedMap<String, String> query) {
    List<String> facets = facetNames();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      if (CONTROL.contains(name)) {
        continue;
      }
      if (!facets.contains(name)) {
        throw new BadRequestException(
            "Unknown parameter '"
                + name
                + "'. Search takes q, sort, page, size, from, to and the filters "
                + String.join(", ", facets)
                + ".");
      }
      for (String v : e.getValue()) {
        if (v.isBlank()) {
          continue;
        }
        if (!VALUE.matcher(v).matches()) {
          throw new BadRequestException(
              "'" + name + "' takes a value such as sweden, not '" + v + "'");
        }
        filters.computeIfAbsent(name, k -> new ArrayList<>()).add(v.strip());
      }
    }
    String sortText = query.getFirst("sort");
    SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
    if (sortText != null && !sortText.isBlank()) {
      sort =
          switch (sortText.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "newest" -> SearchRequest.Sort.NEWEST;
            default ->
                throw new BadRequestException(
                    "'sort' is relevance or newest, not '" + sortText + "'");
          };
    }
    int page = Params.positive("page", query.getFirst("page"), 1, SearchRequest.MAX_PAGE);
    int size = Params.positive("size", query.getFirst("size"), 10, SearchRequest.MAX_SIZE);
    List<String> languages = filters.getOrDefault("language", List.of());
    String q = query.getFirst("q");
    if (q != null && q.length() > 1000) {
      throw new BadRequestException("The query is longer than 1,000 characters; shorten it.");
    }
    LocalDate from = day("from", query.getFirst("from"));
    LocalDate to = day("to", query.getFirst("to"));
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadRequestException(
          "'to' (" + to + ") is before 'from' (" + from + "); swap them or widen the period.");
    }
    return new SearchRequest(
        q, filters, sort, page, size, languages.size() == 1 ? languages.get(0) : null, from, to);
  }

  private static LocalDate day(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "'" + name + "' takes a date like 2026-12-31, not '" + shorten(text) + "'");
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** The response's facets with labels, in a stable order, marking the selected values. */
  public List<Facet> facets(SearchResponse response, SearchRequest request) {
    List<Facet> facets = new ArrayList<>();
    Map<String, String> names = facetLabels();
    for (String name : names.keySet()) {
      List<FacetCount> counts = response.facets().getOrDefault(name, List.of());
      List<String> selected = request.filters().getOrDefault(name, List.of());
      if (counts.isEmpty() && selected.isEmpty()) {
        continue;
      }
      List<Value> values = new ArrayList<>();
      for (FacetCount c : counts) {
        values.add(
            new Value(c.value(), c.count(), label(name, c.value()), selected.contains(c.value())));
      }
      for (String s : selected) {
        if (counts.stream().noneMatch(c -> c.value().equals(s))) {
          values.add(new Value(s, 0, label(name, s), true));
        }
      }
      facets.add(new Facet(name, facetLabel(name, names.get(name)), values));
    }
    return facets;
  }

  /** The label for one facet value: a type's name, a language's name, an item's title, a term. */
  public String label(String facet, String value) {
    return labels.computeIfAbsent(facet + "\u0000" + value, k -> findLabel(facet, value));
  }

  void forgetLabels(@Observes ContentSaved saved) {
    labels.clear();
  }

  private String findLabel(String facet, String value) {
    if (facet.equals("type")) {
      return types.byName(value).map(ContentType::pluralLabel).orElse(value);
    }
    if (facet.equals("language")) {
      return Languages.nativeName(value);
    }
    if (Facets.referencedType(facet) != null) {
      return store.findPublished(Facets.referencedType(facet), value).stream()
          .findFirst()
          .map(ContentItem::title)
          .orElse(value);
    }
    return store.terms(Facets.vocabularyOf(facet)).stream()
        .filter(t -> t.key().equals(value))
        .findFirst()
        .map(ContentStore.TermUse::label)
        .orElse(value);
  }

  private String facetLabel(String name, String fieldLabel) {
    if (fieldLabel != null) {
      return fieldLabel;
    }
    return switch (name) {
      case "type" -> "Type";
      case "language" -> "Language";
      case "year" -> "Year";
      case "partner" -> "Partner";
      case "project" -> "Project";
      case "magazine" -> "Magazine";
      default -> {
        yield Vocabularies.byName(types, Facets.vocabularyOf(name))
            .map(Vocabularies.Vocabulary::label)
            .orElse(Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' '));
      }
    };
  }
}
