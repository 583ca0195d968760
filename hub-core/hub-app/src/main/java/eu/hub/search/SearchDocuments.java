package eu.hub.search;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.FieldValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored item into what the index keeps. Core and plugin types take the same path: text
 * comes from the body and the type's Markdown and text fields (as Markdown: the index reads it
 * once), facets from its references, taxonomy terms, choice fields and fields marked as facets, and
 * the days it runs (for the date filter) from its date-filter fields and recurrence.
 */
final class SearchDocuments {

  private SearchDocuments() {}

  static SearchDocument of(
      ContentItem item, ContentType type, List<ContentLink> links, String url) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (ContentLink link : links) {
      String facet =
          link.kind().equals(ContentLink.TERM)
              ? Facets.ofVocabulary(link.scope())
              : Facets.ofReference(link.scope());
      if (facet != null) {
        List<String> values = facets.computeIfAbsent(facet, k -> new ArrayList<>());
        if (!values.contains(link.key())) {
          values.add(link.key());
        }
      }
    }
    FromFields derived =
        FromFields.of(type, type == null ? Map.of() : FieldValues.read(item.fieldsJson()));
    derived.facets().forEach((name, values) -> facets.merge(name, values, SearchDocuments::union));
    String text = (item.body() == null ? "" : item.body()) + derived.text();
    return new SearchDocument(
        item.id(),
        item.type(),
        item.slug(),
        item.language(),
        item.title(),
        item.summary(),
        text,
        url,
        item.publishedAt() == null ? null : item.publishedAt().toLocalDate(),
        facets,
        derived.runsFrom(),
        derived.runsTo());
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(v -> !all.contains(v)).forEach(all::add);
    return all;
  }

  /**
   * What an item's typed fields add to its index entry: text, facet values (other than those its
   * links carry) and the days it runs.
   */
  record FromFields(
      String text, Map<String, List<String>> facets, LocalDate runsFrom, LocalDate runsTo) {

    static FromFields of(ContentType type, Map<String, Object> values) {
      Map<String, List<String>> facets = new LinkedHashMap<>();
      StringBuilder text = new StringBuilder();
      LocalDate runsFrom = null;
      LocalDate runsTo = null;
      if (type == null) {
        return new FromFields("", facets, null, null);
      }
      String recurrence = null;
      for (FieldDefinition field : type.fields()) {
        Object value = values.get(field.name());
        if (value == null) {
          continue;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        switch (field.kind()) {
          case MARKDOWN -> list.forEach(v -> text.append("\n\n").append(v));
          case TEXT -> list.forEach(v -> text.append("\n").append(v));
          case RECURRENCE -> recurrence = list.isEmpty() ? null : String.valueOf(list.get(0));
          default -> {
            // dates, numbers and URLs are not text
          }
        }
        String facet = Facets.ofField(field);
        if (facet != null && !Facets.fromLinks(field)) {
          List<String> kept = facets.computeIfAbsent(facet, k -> new ArrayList<>());
          list.stream().map(String::valueOf).filter(v -> !kept.contains(v)).forEach(kept::add);
        }
        if (field.isDateFilter()) {
          for (Object v : list) {
            LocalDate day = RunDays.day(String.valueOf(v));
            if (day != null) {
              runsFrom = runsFrom == null || day.isBefore(runsFrom) ? day : runsFrom;
              runsTo = runsTo == null || day.isAfter(runsTo) ? day : runsTo;
            }
          }
        }
      }
      if (runsFrom != null && recurrence != null) {
        LocalDate last = RunDays.lastOccurrence(recurrence, runsFrom);
        runsTo = last.isAfter(runsTo) ? last : runsTo;
      }
      return new FromFields(text.toString(), facets, runsFrom, runsTo);
    }
  }
}
