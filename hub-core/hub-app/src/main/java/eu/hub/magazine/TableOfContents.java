package eu.hub.magazine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts an issue's articles in the order its editors chose. Kept free of the database and the server
 * so that the ordering rules can be tested on their own.
 */
public final class TableOfContents {

  /** One article as a table of contents shows it; plain data for templates and JSON. */
  public record Entry(
      String slug,
      String title,
      String url,
      String summary,
      List<String> authors,
      String section,
      BigDecimal position,
      String status) {}

  /**
   * A section of the issue and its articles; the title is null for the final group of articles that
   * have no section or one the issue does not list.
   */
  public record Section(String title, List<Entry> articles) {
    public boolean untitled() {
      return title == null;
    }
  }

  /** By position (articles without one last), then by title, then by slug so ties never flip. */
  static final Comparator<Entry> EDITORS_ORDER =
      Comparator.comparing(Entry::position, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Entry::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
          .thenComparing(Entry::slug, Comparator.nullsLast(Comparator.naturalOrder()));

  private TableOfContents() {}

  /**
   * The sections in the order it lists them, each with its articles by position; then,
   * untitled, the articles whose section is missing or not listed. Sections without articles are
   * left out: a reader has nothing to find there.
   */
  public static List<Section> arrange(List<String> sectionTitles, Collection<Entry> articles) {
    Map<String, List<Entry>> bySection = new LinkedHashMap<>();
    for (String title : sectionTitles) {
      if (title != null && !title.isBlank()) {
        bySection.putIfAbsent(title.strip(), new ArrayList<>());
      }
    }
    List<Entry> elsewhere = new ArrayList<>();
    for (Entry entry : articles) {
      List<Entry> group = entry.section() == null ? null : bySection.get(entry.section().strip());
      (group == null ? elsewhere : group).add(entry);
    }
    List<Section> sections = new ArrayList<>();
    bySection.forEach(
        (title, entries) -> {
          if (!entries.isEmpty()) {
            sections.add(new Section(title, sorted(entries)));
          }
        });
    if (!elsewhere.isEmpty()) {
      sections.add(new Section(null, sorted(elsewhere)));
    }
    return List.copyOf(sections);
  }

  /** Whether an article's section is one the issue lists (no section at all is allowed). */
  static boolean sectionIsListed(String section, List<String> sectionTitles) {
    if (section == null || section.isBlank()) {
      return true;
    }
    return sectionTitles.stream()
        .filter(Objects::nonNull)
        .anyMatch(t -> t.strip().equals(section.strip()));
  }

  private static List<Entry> sorted(List<Entry> entries) {
    return entries.stream().sorted(EDITORS_ORDER).toList();
  }
}
