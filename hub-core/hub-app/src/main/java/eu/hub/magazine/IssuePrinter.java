package eu.hub.magazine;

import eu.hub.content.ContentItem;
import eu.hub.operations.HubSettings;
import eu.hub.rendering.MarkdownRenderer;
import eu.hub.theme.ThemeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints a published issue as one PDF: the theme's {@code issue-print} template laid out for paper,
 * so that a city can restyle its magazine the same way it restyles its site.
 */
@ApplicationScoped
public class IssuePrinter {

  @Inject IssueContents contents;
  @Inject ThemeRenderer theme;
  @Inject MarkdownRenderer markdown;
  @Inject HubSettings settings;

  /** The PDF and a file name a reader recognises in their downloads folder. */
  public record Printed(String fileName, String title, byte[] pdf) {}

  /** An article with its rendered body, for the template. */
  public record PrintedArticle(TableOfContents.Entry entry, String bodyHtml) {}

  /** A section of the printed issue. */
  public record PrintedSection(String title, boolean untitled, List<PrintedArticle> articles) {}

  /**
   * The published issue as a PDF, or empty when no published issue has that slug.
   *
   * @param siteUri the site's address, so that links in the PDF lead back to it
   */
  public Optional<Printed> print(String issueSlug, String siteUri) {
    Optional<ContentItem> issue = contents.issueItem(issueSlug, false);
    if (issue.isEmpty()) {
      return Optional.empty();
    }
    List<ContentItem> articles = contents.articleItems(issue.get(), false);
    IssueContents.Contents toc = contents.contents(issue.get(), articles, false);
    Map<String, String> bodies =
        articles.stream()
            .collect(
                Collectors.toMap(ContentItem::slug, a -> markdown.toHtml(a.body()), (a, b) -> a));
    String html =
        theme.render(
            "issue-print",
            model(settings.siteName(), toc, markdown.toHtml(issue.get().body()), bodies));
    byte[] pdf = pdf(html, toc.articles(), siteUri);
    return Optional.of(new Printed(fileName(toc.issue()), title(toc.issue()), pdf));
  }

  /** What the {@code issue-print} template gets: plain records and rendered HTML. */
  static Map<String, Object> model(
      String siteName,
      IssueContents.Contents toc,
      String editorialHtml,
      Map<String, String> bodiesBySlug) {
    List<PrintedSection> sections =
        toc.sections().stream()
            .map(
                s ->
                    new PrintedSection(
                        s.title(),
                        s.untitled(),
                        s.articles().stream()
                            .map(
                                e -> new PrintedArticle(e, bodiesBySlug.getOrDefault(e.slug(), "")))
                            .toList()))
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("site", Map.of("name", siteName));
    model.put("issue", toc.issue());
    model.put("editorialHtml", editorialHtml);
    model.put("sections", sections);
    return model;
  }

  /** The rendered template as a PDF, links between the issue's articles kept inside it. */
  static byte[] pdf(String html, List<TableOfContents.Entry> articles, String siteUri) {
    Document page = Jsoup.parse(html, siteUri);
    linkArticlesWithinThePdf(page, articles, e -> "#article-" + e.slug());
    return HtmlToPdf.render(page, siteUri);
  }

  /** A link to an article of the same issue jumps to its page instead of leaving the PDF. */
  static void linkArticlesWithinThePdf(
      Document page,
      List<TableOfContents.Entry> articles,
      Function<TableOfContents.Entry, String> anchor) {
    Map<String, String> byUrl =
        articles.stream()
            .collect(Collectors.toMap(TableOfContents.Entry::url, anchor, (a, b) -> a));
    for (Element link : page.select(".prose a[href]")) {
      String target = byUrl.get(link.attr("href"));
      if (target != null) {
        link.attr("href", target);
      }
    }
  }

  static String title(IssueContents.Issue issue) {
    return (issue.magazineTitle() == null ? "" : issue.magazineTitle() + ": ") + issue.title();
  }

  /** For example {@code developing-a-local-digital-innovation-culture-issue-1.pdf}. */
  static String fileName(IssueContents.Issue issue) {
    String base =
        issue.magazineSlug() != null && issue.number() != null
            ? issue.magazineSlug() + "-issue-" + issue.number().toPlainString()
            : issue.slug();
    return base.replaceAll("[^a-z0-9.-]", "-") + ".pdf";
  }
}
