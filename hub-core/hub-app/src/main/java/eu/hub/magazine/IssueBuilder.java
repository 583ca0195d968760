package eu.hub.magazine;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentDraft;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The editors' issue builder: which articles an issue has, in which sections and in which order. It
 * keeps everything where the public pages, the PDF and {@link MagazinePublishing} already read it:
 * the issue's {@code sections} field, and each article's {@code issue}, {@code section} and {@code
 * position} fields. Every change is a save with a revision, naming the editor.
 */
@ApplicationScoped
@Transactional
public class IssueBuilder {

  static final int MAX_SECTION = 200;

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject IssueContents contents;
  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;

  /** An issue in the list of issues. */
  public record Listed(String slug, String title, String language, String status, String url) {}

  /** One article of the issue, as the builder shows it. */
  public record Entry(
      String slug,
      String title,
      String status,
      String url,
      String section,
      boolean first,
      boolean last) {}

  /** A section with its articles in order; the title is null for articles without a section. */
  public record Group(String title, List<Entry> articles) {
    public boolean untitled() {
      return title == null;
    }
  }

  /** An article that could be added: not in this issue, same language. */
  public record Candidate(String slug, String title, String status, String currentIssue) {}

  /** Everything the builder screen shows. */
  public record State(
      IssueContents.Issue issue,
      List<String> sections,
      List<Group> groups,
      int articleCount,
      List<Candidate> candidates) {}

  /** Every issue, drafts too, by slug (English first when an issue has translations). */
  public List<Listed> issues() {
    Map<String, ContentItem> bySlug = new LinkedHashMap<>();
    for (ContentItem c :
        em.createQuery(
                "select c from ContentItem c where c.type = :t order by c.slug, c.id",
                ContentItem.class)
            .setParameter("t", IssueContents.ISSUE)
            .getResultList()) {
      bySlug.merge(
          c.slug(), c, (a, b) -> IssueContents.PREFERRED_LANGUAGE.equals(b.language()) ? b : a);
    }
    return bySlug.values().stream()
        .map(
            c ->
                new Listed(
                    c.slug(),
                    c.title(),
                    c.language(),
                    c.status().name().toLowerCase(Locale.ROOT),
                    "/admin/issues/" + c.slug()))
        .toList();
  }

  /** The builder's view of the issue. */
  public State state(String issueSlug) {
    ContentItem issue = issue(issueSlug);
    List<ContentItem> articles = ordered(issue);
    List<String> sections = IssueContents.sectionTitles(issue);
    List<Group> groups = new ArrayList<>();
    for (String title : sections) {
      groups.add(group(title, articles.stream().filter(a -> title.equals(sectionOf(a))).toList()));
    }
    List<ContentItem> loose =
        articles.stream().filter(a -> !sections.contains(sectionOf(a))).toList();
    if (!loose.isEmpty()) {
      groups.add(group(null, loose));
    }
    List<Candidate> candidates =
        em
            .createQuery(
                "select c from ContentItem c where c.type = :t and c.language = :l"
                    + " order by c.title, c.id",
                ContentItem.class)
            .setParameter("t", IssueContents.ARTICLE)
            .setParameter("l", issue.language())
            .getResultList()
            .stream()
            .filter(a -> !issue.slug().equals(issueOf(a)))
            .map(
                a ->
                    new Candidate(
                        a.slug(),
                        a.title(),
                        a.status().name().toLowerCase(Locale.ROOT),
                        issueOf(a)))
            .toList();
    IssueContents.Issue view = contents.of(issueSlug, true).orElseThrow().issue();
    return new State(view, sections, groups, articles.size(), candidates);
  }

  /** Adds the article to the issue, at the end of the section (or without one). */
  public void add(String issueSlug, String articleSlug, String section, String who) {
    ContentItem issue = issue(issueSlug);
    ContentItem article = article(issue, articleSlug);
    if (issue.slug().equals(issueOf(article))) {
      throw new IssueBuilderException(409, "'" + article.title() + "' is already in this issue.");
    }
    String chosen = sectionChoice(issue, section);
    long last =
        ordered(issue).stream()
            .map(IssueBuilder::positionOf)
            .filter(Objects::nonNull)
            .mapToLong(BigDecimal::longValue)
            .max()
            .orElse(0);
    saveFields(
        article,
        f -> {
          f.put("issue", issue.slug());
          putOrRemove(f, "section", chosen);
          f.put("position", last + 1);
        },
        who,
        "added to issue " + issue.slug());
    renumber(issue, who);
  }

  /** Takes the article out of the issue (the article itself stays). */
  public void remove(String issueSlug, String articleSlug, String who) {
    ContentItem issue = issue(issueSlug);
    ContentItem article = member(issue, articleSlug);
    saveFields(
        article,
        f -> {
          f.remove("issue");
          f.remove("section");
          f.remove("position");
        },
        who,
        "removed from issue " + issue.slug());
    renumber(issue, who);
  }

  /** Moves the article one place up (-1) or down (+1) within its section. */
  public void move(String issueSlug, String articleSlug, int by, String who) {
    ContentItem issue = issue(issueSlug);
    member(issue, articleSlug);
    List<String> sections = IssueContents.sectionTitles(issue);
    List<ContentItem> order = new ArrayList<>(ordered(issue));
    int at = indexOf(order, articleSlug);
    String group = groupKey(order.get(at), sections);
    int to = at + by;
    if (to < 0 || to >= order.size() || !group.equals(groupKey(order.get(to), sections))) {
      throw new IssueBuilderException(
          409,
          "'"
              + order.get(at).title()
              + "' is already the "
              + (by < 0 ? "first" : "last")
              + " article of its section.");
    }
    order.add(to, order.remove(at));
    renumber(order, who, issue.slug());
  }

  /** Puts the article in another section of the issue (or none), at its end. */
  public void changeSection(String issueSlug, String articleSlug, String section, String who) {
    ContentItem issue = issue(issueSlug);
    ContentItem article = member(issue, articleSlug);
    String chosen = sectionChoice(issue, section);
    List<ContentItem> order = new ArrayList<>(ordered(issue));
    order.remove(indexOf(order, articleSlug));
    order.add(article);
    saveFields(
        article,
        f -> putOrRemove(f, "section", chosen),
        who,
        "moved to section " + (chosen == null ? "(none)" : chosen) + " of " + issue.slug());
    renumber(order, who, issue.slug());
  }

  /** Adds a section at the end of the issue's list. */
  public void addSection(String issueSlug, String title, String who) {
    ContentItem issue = issue(issueSlug);
    String clean = title == null ? "" : title.strip();
    if (clean.isEmpty()) {
      throw new IssueBuilderException(422, "Enter the title of the new section.");
    }
    if (clean.length() > MAX_SECTION) {
      throw new IssueBuilderException(
          422, "A section title can be at most " + MAX_SECTION + " characters long.");
    }
    List<String> sections = new ArrayList<>(IssueContents.sectionTitles(issue));
    if (sections.contains(clean)) {
      throw new IssueBuilderException(409, "The issue already has a section '" + clean + "'.");
    }
    sections.add(clean);
    saveFields(issue, f -> f.put("sections", sections), who, "section added: " + clean);
  }

  /** Removes a section that has no articles. */
  public void removeSection(String issueSlug, String title, String who) {
    ContentItem issue = issue(issueSlug);
    List<String> sections = new ArrayList<>(IssueContents.sectionTitles(issue));
    if (title == null || !sections.contains(title.strip())) {
      throw new IssueBuilderException(404, "The issue has no section '" + title + "'.");
    }
    String clean = title.strip();
    if (ordered(issue).stream().anyMatch(a -> clean.equals(sectionOf(a)))) {
      throw new IssueBuilderException(
          409, "The section '" + clean + "' still has articles: move or remove them first.");
    }
    sections.remove(clean);
    saveFields(
        issue,
        f -> {
          if (sections.isEmpty()) {
            f.remove("sections");
          } else {
            f.put("sections", sections);
          }
        },
        who,
        "section removed: " + clean);
  }

  // ---------------------------------------------------------------------------------------------

  ContentItem issue(String slug) {
    return contents
        .issueItem(slug, true)
        .orElseThrow(
            () -> new IssueBuilderException(404, "There is no magazine issue '" + slug + "'."));
  }

  /** The issue's articles in reading order: by section as listed, then by position. */
  private List<ContentItem> ordered(ContentItem issue) {
    List<String> sections = IssueContents.sectionTitles(issue);
    Comparator<ContentItem> bySection =
        Comparator.comparingInt(
            a -> {
              int i = sections.indexOf(sectionOf(a));
              return i < 0 ? Integer.MAX_VALUE : i;
            });
    Comparator<ContentItem> byPosition =
        Comparator.comparing(
            IssueBuilder::positionOf, Comparator.nullsLast(Comparator.naturalOrder()));
    return contents.articleItems(issue, true).stream()
        .sorted(
            bySection
                .thenComparing(byPosition)
                .thenComparing(ContentItem::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ContentItem::slug))
        .toList();
  }

  private Group group(String title, List<ContentItem> articles) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ContentItem a = articles.get(i);
      TableOfContents.Entry e = IssueContents.entry(a);
      entries.add(
          new Entry(
              a.slug(),
              a.title(),
              e.status(),
              e.url(),
              sectionOf(a),
              i == 0,
              i == articles.size() - 1));
    }
    return new Group(title, List.copyOf(entries));
  }

  private ContentItem article(ContentItem issue, String slug) {
    return store
        .find(IssueContents.ARTICLE, issue.language(), slug == null ? "" : slug.strip())
        .orElseThrow(
            () ->
                new IssueBuilderException(
                    404, "Choose an article: there is none called '" + slug + "'."));
  }

  private ContentItem member(ContentItem issue, String slug) {
    ContentItem article = article(issue, slug);
    if (!issue.slug().equals(issueOf(article))) {
      throw new IssueBuilderException(404, "'" + article.title() + "' is not in this issue.");
    }
    return article;
  }

  /** The section the editor chose: one the issue lists, or none (empty). */
  private static String sectionChoice(ContentItem issue, String section) {
    String clean = section == null ? "" : section.strip();
    if (clean.isEmpty()) {
      return null;
    }
    if (!IssueContents.sectionTitles(issue).contains(clean)) {
      throw new IssueBuilderException(
          422, "Choose one of the issue's sections; '" + clean + "' is not one of them.");
    }
    return clean;
  }

  private void renumber(ContentItem issue, String who) {
    renumber(ordered(issue), who, issue.slug());
  }

  /** Positions 1, 2, 3... in the given order; saves only the articles whose position changed. */
  private void renumber(List<ContentItem> order, String who, String issueSlug) {
    for (int i = 0; i < order.size(); i++) {
      ContentItem article = order.get(i);
      long position = i + 1;
      BigDecimal now = positionOf(article);
      if (now == null || now.compareTo(BigDecimal.valueOf(position)) != 0) {
        saveFields(
            article,
            f -> f.put("position", position),
            who,
            "position " + position + " in issue " + issueSlug);
      }
    }
  }

  private void saveFields(
      ContentItem item, Consumer<Map<String, Object>> change, String who, String note) {
    ContentType type =
        types
            .byName(item.type())
            .orElseThrow(
                () ->
                    new IssueBuilderException(
                        409, "The content type '" + item.type() + "' is not registered."));
    Map<String, Object> fields = new LinkedHashMap<>(FieldValues.read(item.fieldsJson()));
    change.accept(fields);
    FieldValues.Checked checked = FieldValues.check(type, fields);
    if (!checked.valid()) {
      throw new IssueBuilderException(
          422, "'" + item.title() + "' cannot be saved: " + String.join("; ", checked.problems()));
    }
    store.save(
        new ContentDraft(
            item.type(),
            item.slug(),
            item.language(),
            item.title(),
            item.summary(),
            item.body(),
            checked.json(),
            item.status(),
            item.publishedAt(),
            item.sourcePath(),
            item.sourceHash()),
        who,
        note);
  }

  private static void putOrRemove(Map<String, Object> fields, String name, Object value) {
    if (value == null) {
      fields.remove(name);
    } else {
      fields.put(name, value);
    }
  }

  private static int indexOf(List<ContentItem> order, String slug) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).slug().equals(slug)) {
        return i;
      }
    }
    throw new IssueBuilderException(404, "'" + slug + "' is not in this issue.");
  }

  /** Articles of one section share a key; those without a listed section share another. */
  private static String groupKey(ContentItem article, List<String> sections) {
    String s = sectionOf(article);
    return s != null && sections.contains(s) ? "section:" + s : "none";
  }

  static String sectionOf(ContentItem article) {
    return IssueContents.text(FieldValues.read(article.fieldsJson()).get("section"));
  }

  static String issueOf(ContentItem article) {
    return IssueContents.text(FieldValues.read(article.fieldsJson()).get("issue"));
  }

  static BigDecimal positionOf(ContentItem article) {
    return IssueContents.number(FieldValues.read(article.fieldsJson()).get("position"));
  }
}
