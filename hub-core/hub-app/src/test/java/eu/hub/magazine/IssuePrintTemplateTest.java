package eu.hub.magazine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.magazine.TableOfContents.Entry;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The default theme's print template, rendered as the Hub does, without a server. */
class IssuePrintTemplateTest {

  private static final PebbleEngine ENGINE = engine();

  private static PebbleEngine engine() {
    ClasspathLoader loader = new ClasspathLoader(IssuePrintTemplateTest.class.getClassLoader());
    loader.setPrefix("hub-themes/default/templates");
    loader.setSuffix(".peb");
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .strictVariables(false)
        .build();
  }

  private static Entry article(String slug, String title, String section, int position) {
    return new Entry(
        slug,
        title,
        "/articles/" + slug,
        "Summary of " + title + ".",
        List.of("Ada Author"),
        section,
        BigDecimal.valueOf(position),
        "published");
  }

  private static String render(IssueContents.Issue issue, List<Entry> articles) throws IOException {
    IssueContents.Contents toc =
        new IssueContents.Contents(issue, TableOfContents.arrange(issue.sectionTitles(), articles));
    Map<String, Object> model =
        IssuePrinter.model(
            "Test Hub",
            toc,
            "<h2>Editorial</h2><p>See <a href=\"/articles/second\">the second one</a>.</p>",
            Map.of(
                "first", "<p>Body of the first &amp; best.</p>", "second", "<p>Second body.</p>"));
    StringWriter out = new StringWriter();
    ENGINE.getTemplate("issue-print").evaluate(out, model);
    return out.toString();
  }

  private static IssueContents.Issue issue(IssueContents.Project project, String date) {
    return new IssueContents.Issue(
        "test-issue",
        "en",
        "Issue 7: testing & printing",
        "What this issue is about.",
        "/issues/test-issue",
        "published",
        BigDecimal.valueOf(7),
        date,
        "test-magazine",
        "The Test Magazine",
        List.of("Part one", "Part two"),
        project);
  }

  @Test
  void theIssuePrintsWithCoverContentsArticlesOnTheirOwnPagesAndTheAcknowledgement()
      throws IOException {
    String html =
        render(
            issue(
                new IssueContents.Project(
                    "p", "Project P", "Funded by the P programme.", "Views are the authors' own."),
                "31 May 2024"),
            List.of(
                article("second", "Second article", "Part two", 1),
                article("first", "First article", "Part one", 1)));
    byte[] pdf = IssuePrinter.pdf(html, List.of(), "http://localhost/");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(5);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("The Test Magazine")
          .contains("Issue 7: testing & printing")
          .contains("31 May 2024")
          .contains("Body of the first & best.")
          .contains("Funded by the P programme.")
          .contains("Views are the authors' own.")
          .containsPattern("Part one First article[ .]*3 Ada Author Part two Second article[ .]*4");
    }
  }

  @Test
  void withoutAProjectOrDateTheIssueStillPrints() throws IOException {
    String html =
        render(issue(null, null), List.of(article("first", "First article", "Somewhere else", 1)));

    assertThat(html).doesNotContain("About this issue").doesNotContain("·");
    try (PDDocument document =
        Loader.loadPDF(IssuePrinter.pdf(html, List.of(), "http://localhost/"))) {
      assertThat(new PDFTextStripper().getText(document)).contains("First article");
    }
  }

  @Test
  void linksToArticlesOfTheSameIssueStayInsideThePdf() throws IOException {
    String html =
        render(issue(null, null), List.of(article("second", "Second article", "Part two", 1)));
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html, "http://localhost/");

    IssuePrinter.linkArticlesWithinThePdf(
        page,
        List.of(article("second", "Second article", "Part two", 1)),
        e -> "#article-" + e.slug());

    assertThat(page.select(".editorial a").attr("href")).isEqualTo("#article-second");
  }
}
