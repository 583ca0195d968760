package eu.hub.magazine;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentDraft;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes an issue together with its articles, as one act. Readers must never see an issue whose
 * articles are missing, nor articles of an issue that is not out yet, so everything happens in one
 * JTA transaction: either all items become published, with one publication time, or none does.
 */
@ApplicationScoped
public class MagazinePublishing {

  @Inject ContentStore store;
  @Inject IssueContents contents;
  @Inject ContentTypeRegistry types;

  /** What one act of publishing or unpublishing changed. */
  public record Outcome(
      String issue, String status, OffsetDateTime publishedAt, List<String> articles) {}

  /**
   * Publishes the issue and every article that refers to it, each with a new revision. Items are
   * saved one after another while every reason against publishing is collected; if there is any,
   * {@link IssueNotPublishableException} rolls the whole transaction back, the items already saved
   * included, exactly as a database failure half-way would.
   *
   * @throws UnknownIssueException when no issue has that slug
   * @throws IssueNotPublishableException listing every reason, when anything is not publishable
   */
  @Transactional
  public Outcome publishIssue(String issueSlug, String who) {
    ContentItem issue =
        contents.issueItem(issueSlug, true).orElseThrow(() -> new UnknownIssueException(issueSlug));
    List<ContentItem> articles = contents.articleItems(issue, true);
    List<String> sections = IssueContents.sectionTitles(issue);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    String note = "published with issue " + issue.slug();

    List<String> reasons = new ArrayList<>(problemsOf(issue, "the issue"));
    save(issue, ContentStatus.PUBLISHED, now, who, "issue published");
    List<String> published = new ArrayList<>();
    for (ContentItem article : articles) {
      String which = "article '" + article.slug() + "'";
      reasons.addAll(problemsOf(article, which));
      String section = IssueContents.text(FieldValues.read(article.fieldsJson()).get("section"));
      if (!TableOfContents.sectionIsListed(section, sections)) {
        reasons.add(
            which
                + ": its section '"
                + section
                + "' is not one of the issue's sections"
                + (sections.isEmpty()
                    ? " (the issue lists none)"
                    : " (" + String.join(", ", sections) + ")"));
      }
      save(article, ContentStatus.PUBLISHED, now, who, note);
      published.add(article.slug());
    }
    if (!reasons.isEmpty()) {
      throw new IssueNotPublishableException(issueSlug, reasons);
    }
    return new Outcome(issue.slug(), "published", now, List.copyOf(published));
  }

  /**
   * Takes the issue and its articles off the site together (back to draft), each with a new
   * revision, so that it can be corrected and published again.
   *
   * @throws UnknownIssueException when no issue has that slug
   */
  @Transactional
  public Outcome unpublishIssue(String issueSlug, String who) {
    ContentItem issue =
        contents.issueItem(issueSlug, true).orElseThrow(() -> new UnknownIssueException(issueSlug));
    List<String> changed = new ArrayList<>();
    save(issue, ContentStatus.DRAFT, null, who, "issue unpublished");
    for (ContentItem article : contents.articleItems(issue, true)) {
      if (article.status() == ContentStatus.PUBLISHED) {
        save(article, ContentStatus.DRAFT, null, who, "unpublished with issue " + issue.slug());
        changed.add(article.slug());
      }
    }
    return new Outcome(issue.slug(), "draft", null, List.copyOf(changed));
  }

  /** Problems with the stored fields, and required fields that are empty. */
  private List<String> problemsOf(ContentItem item, String which) {
    ContentType type = types.byName(item.type()).orElse(null);
    if (type == null) {
      return List.of(which + ": its content type '" + item.type() + "' is not registered");
    }
    FieldValues.Checked checked = FieldValues.check(type, FieldValues.read(item.fieldsJson()));
    List<String> problems = new ArrayList<>();
    checked.problems().forEach(p -> problems.add(which + ": " + p));
    checked
        .missingRequired()
        .forEach(f -> problems.add(which + ": the required field '" + f + "' is empty"));
    return problems;
  }

  private void save(
      ContentItem item, ContentStatus status, OffsetDateTime publishedAt, String who, String note) {
    store.save(
        new ContentDraft(
            item.type(),
            item.slug(),
            item.language(),
            item.title(),
            item.summary(),
            item.body(),
            item.fieldsJson(),
            status,
            publishedAt,
            item.sourcePath(),
            item.sourceHash()),
        who,
        note);
  }
}
