package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.hub.rendering.Finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownChecksTest {

  private static final Set<String> PUBLISHED =
      Set.of("/case-studies/angus-participatory-budgeting", "/lessons/start-small");

  private final List<String> asked = new ArrayList<>();

  private final LinkTargets targets =
      new LinkTargets() {
        @Override
        public boolean exists(String path) {
          asked.add(path);
          return PUBLISHED.contains(path);
        }

        @Override
        public boolean exists(String path, String language) {
          asked.add(path + " in " + language);
          return PUBLISHED.contains(path) && language.equals("en");
        }
      };

  private final TypeSegments segments =
      type ->
          switch (type) {
            case "case-study" -> Optional.of("case-studies");
            case "lesson" -> Optional.of("lessons");
            default -> Optional.empty();
          };

  private final MarkdownChecks checks = new MarkdownChecks(targets, segments);

  @Test
  void aWellWrittenBodyHasNoFindings() {
    String body =
        """
        ## What was done

        See [the Angus case study](/case-studies/angus-participatory-budgeting#results),
        [the lesson on starting small](ref:lesson/start-small) and
        [the section above](#what-was-done).

        ![Residents voting](/media/vote.jpg)

        ### Details
        """;

    assertThat(checks.check(body)).isEmpty();
  }

  @Test
  void anImageWithoutAltTextIsAnErrorOnItsLine() {
    assertThat(checks.check("Intro\n\n![](/media/x.png)"))
        .containsExactly(
            new Finding(
                Severity.ERROR,
                3,
                "Image /media/x.png has no alt text: describe it for people who cannot see it"));
  }

  @Test
  void aBrokenInternalLinkIsAnErrorNamingTheLink() {
    List<Finding> findings = checks.check("One\n\nTwo [the Dundee case](/case-studies/dundee).");

    assertThat(findings)
        .extracting(Finding::severity, Finding::line)
        .containsExactly(tuple(Severity.ERROR, 3));
    assertThat(findings.get(0).message())
        .contains("'the Dundee case'")
        .contains("/case-studies/dundee")
        .contains("does not exist");
  }

  @Test
  void internalLinksAreCheckedWithoutTheirAnchorAndWithTheirLanguage() {
    List<Finding> findings =
        checks.check(
            "[a](/case-studies/angus-participatory-budgeting#results)"
                + " [b](/case-studies/angus-participatory-budgeting?lang=en)"
                + " [c](/case-studies/angus-participatory-budgeting?lang=sv#x)");

    assertThat(asked)
        .containsExactly(
            "/case-studies/angus-participatory-budgeting",
            "/case-studies/angus-participatory-budgeting in en",
            "/case-studies/angus-participatory-budgeting in sv");
    assertThat(findings).singleElement().extracting(Finding::message).asString().contains("'sv'");
  }

  @Test
  void filesServicesTheHomePageAndOtherSitesAreNotChecked() {
    assertThat(
            checks.check(
                "[a](/assets/site.css) [b](/media/report.pdf) [c](/search?q=budget)"
                    + " [d](/search/results) [e](/) [f](https://example.org/x/y)"
                    + " [g](mailto:hub@example.org) [h](//example.org/a/b)"))
        .isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void itemReferencesAreCheckedThroughTheirTypesSegment() {
    List<Finding> findings =
        checks.check(
            "[ok](ref:case-study/angus-participatory-budgeting)\n"
                + "[missing](ref:case-study/dundee)\n"
                + "[unknown type](ref:event/summit)\n"
                + "[malformed](ref:case-study)\n");

    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
    assertThat(findings)
        .extracting(Finding::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("'missing'").contains("no case-study 'dundee'"),
            m -> assertThat(m).contains("'unknown type'").contains("no content type 'event'"),
            m -> assertThat(m).contains("'malformed'").contains("not a reference"));
  }

  @Test
  void aHeadingThatSkipsALevelIsAnError() {
    List<Finding> findings = checks.check("## Results\n\n#### In numbers\n\n## Next\n\n### Fine");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message()).contains("'In numbers'").contains("H4 after an H2");
            });
  }

  @Test
  void theBodyStartsBelowThePageTitle() {
    assertThat(checks.check("### Too deep"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("H3 after an H1 (the page title)");
  }

  @Test
  void moreThanOneH1IsAWarning() {
    assertThat(checks.check("# One\n\n## Sub\n\n# Two"))
        .containsExactly(
            new Finding(
                Severity.WARNING,
                5,
                "Heading 'Two' is another H1: the page title is already the H1, so start body"
                    + " headings at H2 (##)"));
  }

  @Test
  void linkTextThatDoesNotSayWhereItGoesIsAWarning() {
    List<Finding> findings =
        checks.check(
            "[Click here](https://example.org) [HERE](https://example.org)\n"
                + "[read more…](https://example.org) [this link](https://example.org)"
                + " [More](https://example.org)\n"
                + "[Klicka här](https://example.org) [här](https://example.org)"
                + " [Läs mer](https://example.org)\n"
                + "[the evaluation report](https://example.org)");

    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(findings).extracting(Finding::line).containsExactly(1, 1, 2, 2, 2, 3, 3, 3);
    assertThat(findings.get(0).message())
        .isEqualTo("Link text 'Click here' does not say where the link goes");
  }

  @Test
  void rawHtmlIsAWarningBecauseItIsShownAsText() {
    List<Finding> findings =
        checks.check("Text with <b>bold</b>.\n\n<div class=\"box\">\nHi\n</div>");

    assertThat(findings)
        .extracting(Finding::severity, Finding::line)
        .containsExactly(tuple(Severity.WARNING, 1), tuple(Severity.WARNING, 3));
    assertThat(findings.get(0).message()).contains("'<b>'").contains("shown as text");
    assertThat(findings.get(1).message()).contains("<div class=\"box\">");
  }

  @Test
  void aLinkToAnAnchorThatNoHeadingHasIsAWarning() {
    assertThat(checks.check("## Results\n\n[see](#result) [note](#fn-1) [ok](#results)"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("#result,");
            });
  }

  @Test
  void findingsInTablesHeadingsAndFootnotesHaveTheirOwnLine() {
    List<Finding> findings =
        checks.check(
            "Intro[^1]\n\n| a | b |\n|---|---|\n| ![](/media/t.png) | x |\n\n"
                + "## See [here](https://example.org)\n\n[^1]: Note ![](/media/f.png)");

    assertThat(findings).extracting(Finding::line).containsExactly(5, 7, 9);
  }

  @Test
  void findingsAreInLineOrder() {
    List<Finding> findings = checks.check("![](/media/a.png)\n\n#### Deep\n\n[here](/x/y)\n\n<p>");

    assertThat(findings).extracting(Finding::line).isSorted().hasSize(5);
  }
}
