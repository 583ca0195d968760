package eu.hub.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search as a visitor asks it. Every part is optional and nothing in it can make the search fail:
 * the query text is read as words when it is not valid syntax.
 *
 * @param q the query text: words, {@code "quoted phrases"}, {@code -excluded} words, {@code a OR b}
 *     (words are alternatives anyway), {@code prefix*}; blank finds everything
 * @param filters facet values to keep, by facet name ({@code type}, {@code language}, {@code year},
 *     {@code theme}, ...); values of one facet are alternatives, different facets must all match
 * @param sort relevance (newer first among equals) or newest first
 * @param page the page, counted from 1
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param language search this language's fields with its analyzer only, or null for all languages
 * @param from keep only items whose run (an event's days) reaches this day or later; null for no
 *     limit. Either limit leaves out items without dates.
 * @param to keep only items whose run starts on this day or earlier; null for no limit
 */
public record SearchRequest(
    String q,
    Map<String, List<String>> filters,
    Sort sort,
    int page,
    int size,
    String language,
    LocalDate from,
    LocalDate to) {

  /** A search without a date limit. */
  public SearchRequest(
      String q, Map<String, List<String>> filters, Sort sort, int page, int size, String language) {
    this(q, filters, sort, page, size, language, null, null);
  }

  /** The largest page. */
  public static final int MAX_SIZE = 100;

  /** The deepest page: results beyond {@code MAX_PAGE * size} are not worth collecting. */
  public static final int MAX_PAGE = 100;

  /** The order of the hits. */
  public enum Sort {
    RELEVANCE,
    NEWEST
  }

  public SearchRequest {
    q = Objects.requireNonNullElse(q, "");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (name, values) -> {
            if (name != null && values != null) {
              List<String> kept =
                  values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
              if (!kept.isEmpty()) {
                copy.put(name, kept);
              }
            }
          });
    }
    filters = Map.copyOf(copy);
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
    page = Math.clamp(page, 1, MAX_PAGE);
    size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
    language = language == null || language.isBlank() ? null : language.strip();
  }

  /** The first ten hits for some words, by relevance, in every language, unfiltered. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, Map.of(), Sort.RELEVANCE, 1, 10, null);
  }

  /** The same search with one more filter value. */
  public SearchRequest withFilter(String facet, String... values) {
    Map<String, List<String>> more = new LinkedHashMap<>(filters);
    more.put(facet, List.of(values));
    return new SearchRequest(q, more, sort, page, size, language, from, to);
  }

  /** The same search on another page. */
  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(q, filters, sort, page, size, language, from, to);
  }

  /** The same search in other order. */
  public SearchRequest withSort(Sort sort) {
    return new SearchRequest(q, filters, sort, page, size, language, from, to);
  }

  /** The same search limited to items that run during those days (either may be null). */
  public SearchRequest during(LocalDate from, LocalDate to) {
    return new SearchRequest(q, filters, sort, page, size, language, from, to);
  }

  /** Whether the search keeps only items with dates in a period. */
  public boolean hasDates() {
    return from != null || to != null;
  }

  /** The same search limited to one language's fields. */
  public SearchRequest inLanguage(String language) {
    return new SearchRequest(q, filters, sort, page, size, language, from, to);
  }
}
