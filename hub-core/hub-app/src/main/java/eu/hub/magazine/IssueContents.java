package eu.hub.magazine;

import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStatus;
import eu.hub.content.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue and its table of contents. Readers see published articles only; the preview and
 * publishing flow asks for drafts too, so that editors see the issue as it will be.
 */
@ApplicationScoped
public class IssueContents {

  static final String ISSUE = "magazine-issue";
  static final String ARTICLE = "article";
  static final String MAGAZINE = "magazine";
  static final String PROJECT = "project";

  /** Translations share a slug; when an issue exists in several languages, English is shown. */
  static final String PREFERRED_LANGUAGE = "en";

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  /** The issue as templates and JSON see it. */
  public record Issue(
      String slug,
      String language,
      String title,
      String summary,
      String url,
      String status,
      BigDecimal number,
      String date,
      String magazineSlug,
      String magazineTitle,
      List<String> sectionTitles,
      Project project) {}

  /** The project an issue comes from, for its funding acknowledgement. */
  public record Project(String slug, String title, String acknowledgement, String disclaimer) {}

  /** An issue with its sections in order. */
  public record Contents(Issue issue, List<TableOfContents.Section> sections) {
    /** Every article in reading order. */
    public List<TableOfContents.Entry> articles() {
      return sections.stream().flatMap(s -> s.articles().stream()).toList();
    }
  }

  /** The issue at that slug and its table of contents, if there is one the caller may see. */
  public Optional<Contents> of(String issueSlug, boolean includeDrafts) {
    return issueItem(issueSlug, includeDrafts)
        .map(issue -> contents(issue, articleItems(issue, includeDrafts), includeDrafts));
  }

  /** The issue item: published only, unless drafts are asked for; English first. */
  Optional<ContentItem> issueItem(String slug, boolean includeDrafts) {
    return em
        .createQuery(
            "select c from ContentItem c where c.type = :t and c.slug = :s order by c.id",
            ContentItem.class)
        .setParameter("t", ISSUE)
        .setParameter("s", slug)
        .getResultList()
        .stream()
        .filter(c -> includeDrafts || c.status() == ContentStatus.PUBLISHED)
        .min(Comparator.comparing(c -> !PREFERRED_LANGUAGE.equals(c.language())));
  }

  /** The articles that refer to the issue, in its language; drafts only when asked for. */
  List<ContentItem> articleItems(ContentItem issue, boolean includeDrafts) {
    return em
        .createQuery(
            "select distinct c from ContentItem c, ContentLink l where l.itemId = c.id"
                + " and l.kind = :k and l.scope = :sc and l.linkKey = :key and l.field = :f"
                + " and c.type = :t and c.language = :lang order by c.id",
            ContentItem.class)
        .setParameter("k", ContentLink.REFERENCE)
        .setParameter("sc", ISSUE)
        .setParameter("key", issue.slug())
        .setParameter("f", "issue")
        .setParameter("t", ARTICLE)
        .setParameter("lang", issue.language())
        .getResultList()
        .stream()
        .filter(c -> includeDrafts || c.status() == ContentStatus.PUBLISHED)
        .toList();
  }

  Contents contents(ContentItem issue, List<ContentItem> articles, boolean includeDrafts) {
    List<TableOfContents.Entry> entries = articles.stream().map(IssueContents::entry).toList();
    Issue view = issueView(issue, includeDrafts);
    return new Contents(view, TableOfContents.arrange(view.sectionTitles(), entries));
  }

  private Issue issueView(ContentItem issue, boolean includeDrafts) {
    Map<String, Object> fields = FieldValues.read(issue.fieldsJson());
    String magazineSlug = text(fields.get("magazine"));
    Optional<ContentItem> magazine =
        related(MAGAZINE, magazineSlug, issue.language(), includeDrafts);
    String projectSlug = text(fields.get("project"));
    if (projectSlug == null) {
      projectSlug =
          magazine.map(m -> text(FieldValues.read(m.fieldsJson()).get("project"))).orElse(null);
    }
    Project project =
        related(PROJECT, projectSlug, issue.language(), includeDrafts)
            .map(
                p -> {
                  Map<String, Object> pf = FieldValues.read(p.fieldsJson());
                  return new Project(
                      p.slug(),
                      p.title(),
                      text(pf.get("acknowledgement")),
                      text(pf.get("disclaimer")));
                })
            .orElse(null);
    return new Issue(
        issue.slug(),
        issue.language(),
        issue.title(),
        issue.summary(),
        "/issues/" + issue.slug(),
        issue.status().name().toLowerCase(Locale.ROOT),
        number(fields.get("number")),
        readableDate(text(fields.get("date"))),
        magazineSlug,
        magazine.map(ContentItem::title).orElse(null),
        texts(fields.get("sections")),
        project);
  }

  private Optional<ContentItem> related(
      String type, String slug, String language, boolean includeDrafts) {
    if (slug == null) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select c from ContentItem c where c.type = :t and c.slug = :s order by c.id",
            ContentItem.class)
        .setParameter("t", type)
        .setParameter("s", slug)
        .getResultList()
        .stream()
        .filter(c -> includeDrafts || c.status() == ContentStatus.PUBLISHED)
        .min(Comparator.comparing(c -> !language.equals(c.language())));
  }

  static TableOfContents.Entry entry(ContentItem article) {
    Map<String, Object> fields = FieldValues.read(article.fieldsJson());
    return new TableOfContents.Entry(
        article.slug(),
        article.title(),
        "/articles/"
            + article.slug()
            + ("en".equals(article.language()) ? "" : "?lang=" + article.language()),
        article.summary(),
        texts(fields.get("authors")),
        text(fields.get("section")),
        number(fields.get("position")),
        article.status().name().toLowerCase(Locale.ROOT));
  }

  /** The sections an issue lists, in its order. */
  static List<String> sectionTitles(ContentItem issue) {
    return texts(FieldValues.read(issue.fieldsJson()).get("sections"));
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = String.valueOf(value).strip();
    return s.isEmpty() ? null : s;
  }

  static List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> list = value instanceof List<?> l ? l : List.of(value);
    return list.stream().map(IssueContents::text).filter(Objects::nonNull).toList();
  }

  static BigDecimal number(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "31 May 2024" for a stored 2024-05-31; anything else as written. */
  static String readableDate(String isoDate) {
    if (isoDate == null) {
      return null;
    }
    try {
      return LocalDate.parse(isoDate)
          .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    } catch (DateTimeParseException e) {
      return isoDate;
    }
  }
}
