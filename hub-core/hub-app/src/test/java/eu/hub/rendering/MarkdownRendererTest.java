package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private static final TypeSegments SEGMENTS =
      type -> type.equals("case-study") ? Optional.of("case-studies") : Optional.empty();

  private Document render(String markdown) {
    return Jsoup.parseBodyFragment(renderer.toHtml(markdown));
  }

  @Test
  void headingsKeepTheirAnchorIdsThroughTheSanitizer() {
    assertThat(renderer.toHtml("## Who it is for"))
        .isEqualTo("<h2 id=\"who-it-is-for\">Who it is for</h2>\n");
  }

  @Test
  void headingsWithTheSameTextGetDistinctIds() {
    Document html = render("## Results\n\n## Results\n\n### `code` and *emphasis*");

    assertThat(html.select("h2").eachAttr("id")).containsExactly("results", "results-1");
    assertThat(html.selectFirst("h3").id()).isEqualTo("code-and-emphasis");
  }

  @Test
  void headingIdsKeepLettersOutsideAscii() {
    assertThat(render("## Vad vi lärde oss på Åland").selectFirst("h2").id())
        .isEqualTo("vad-vi-lärde-oss-på-åland");
  }

  @Test
  void aHeadingNamedLikeThePagesOwnTargetsDoesNotTakeItsId() {
    assertThat(render("## Main").selectFirst("h2").id()).isEqualTo("main-1");
  }

  @Test
  void longHeadingsGetIdsFromTheirFirstWordsThatSurviveTheSanitizer() {
    String words = "Participatory budgeting ".repeat(20);

    Document html =
        Jsoup.parseBodyFragment(
            renderer.toHtml("### " + words, RenderOptions.DEFAULT.withLessonPermalinks()));

    Element heading = html.selectFirst("h3");
    assertThat(heading.id()).startsWith("participatory-budgeting-").hasSizeLessThanOrEqualTo(80);
    assertThat(heading.selectFirst("a.permalink").attr("href")).isEqualTo("#" + heading.id());
  }

  @Test
  void footnotesLinkToTheirNoteAndBack() {
    Document html = render("A claim[^source].\n\n[^source]: The evidence.");

    Element reference = html.selectFirst("sup.footnote-ref > a");
    assertThat(reference.attr("href")).isEqualTo("#fn-source");
    assertThat(reference.id()).isEqualTo("fnref-source");
    Element note = html.selectFirst("section.footnotes li");
    assertThat(note.id()).isEqualTo("fn-source");
    assertThat(note.text()).startsWith("The evidence.");
    Element back = note.selectFirst("a.footnote-backref");
    assertThat(back.attr("href")).isEqualTo("#fnref-source");
    assertThat(back.attr("aria-label")).isEqualTo("Back to reference 1");
  }

  @Test
  void footnotesWithUnusualLabelsStillLink() {
    Document html = render("A[^Öre<\"x\">] B[^2024].\n\n[^Öre<\"x\">]: First.\n[^2024]: Second.");

    for (Element reference : html.select("sup.footnote-ref > a")) {
      String target = reference.attr("href").substring(1);
      assertThat(html.getElementById(target)).as(target).isNotNull();
      assertThat(html.getElementById(reference.id())).isSameAs(reference);
    }
    assertThat(html.select("sup.footnote-ref > a")).hasSize(2);
  }

  @Test
  void tablesKeepTheirColumnAlignment() {
    Document html = render("| City | Budget |\n|:-----|------:|\n| Angus | 1 000 |");

    assertThat(html.select("table thead th").eachText()).containsExactly("City", "Budget");
    assertThat(html.select("table tbody td").eachAttr("align")).containsExactly("left", "right");
  }

  @Test
  void listsKeepTheirItemsAndStartNumber() {
    Document html = render("- one\n- two\n\n3. three\n4. four");

    assertThat(html.select("ul > li").eachText()).containsExactly("one", "two");
    assertThat(html.selectFirst("ol").attr("start")).isEqualTo("3");
  }

  @Test
  void codeBlocksKeepTheirLanguageClassAndTheirText() {
    Document html = render("```java\nif (a < b) { run(); }\n```");

    Element code = html.selectFirst("pre > code");
    assertThat(code.className()).isEqualTo("language-java");
    assertThat(code.wholeText()).isEqualTo("if (a < b) { run(); }\n");
  }

  @Test
  void bareUrlsBecomeLinksAndOnlyExternalOnesAreNofollow() {
    Document html = render("See https://example.org/report and [the case](/case-studies/angus).");

    Element external = html.selectFirst("a[href=https://example.org/report]");
    assertThat(external.text()).isEqualTo("https://example.org/report");
    assertThat(external.attr("rel")).isEqualTo("nofollow");
    assertThat(html.selectFirst("a[href=/case-studies/angus]").hasAttr("rel")).isFalse();
  }

  @Test
  void imagesKeepTheirAltTextAndTitle() {
    Element image =
        render("![Residents voting in Arbroath](/media/vote.jpg \"The vote\")").selectFirst("img");

    assertThat(image.attr("src")).isEqualTo("/media/vote.jpg");
    assertThat(image.attr("alt")).isEqualTo("Residents voting in Arbroath");
    assertThat(image.attr("title")).isEqualTo("The vote");
  }

  @Test
  void rawHtmlIsShownAsText() {
    Document html = render("<div onclick=\"steal()\">Hi</div>\n\nAnd <b>inline</b>.");

    assertThat(html.select("div, b")).isEmpty();
    assertThat(html.text()).contains("<div onclick=\"steal()\">Hi</div>").contains("<b>inline</b>");
  }

  @Test
  void scriptAndDataUrlsLoseTheirLink() {
    Document html = render("[x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=)");

    assertThat(html.select("a[href^=javascript]")).isEmpty();
    assertThat(html.select("img[src^=data]")).isEmpty();
    assertThat(html.text()).contains("x");
  }

  @Test
  void nothingRendersToNothing() {
    assertThat(renderer.toHtml((String) null)).isEmpty();
    assertThat(renderer.toHtml("")).isEmpty();
  }

  @Test
  void lessonHeadingsGetAnAccessiblePermalinkWhenAskedFor() {
    String markdown = "## Engaging residents\n\n### Go where people are\n\nText.\n\n#### Detail";

    Document html =
        Jsoup.parseBodyFragment(
            renderer.toHtml(markdown, RenderOptions.DEFAULT.withLessonPermalinks()));

    Element lesson = html.selectFirst("h3");
    assertThat(lesson.id()).isEqualTo("go-where-people-are");
    Element permalink = lesson.selectFirst("a.permalink");
    assertThat(permalink.attr("href")).isEqualTo("#go-where-people-are");
    assertThat(permalink.attr("aria-label")).isEqualTo("Link to this lesson: Go where people are");
    assertThat(permalink.text()).isEqualTo("#");
    assertThat(lesson.ownText()).isEqualTo("Go where people are");
    assertThat(html.select("h2 a, h4 a")).isEmpty();
  }

  @Test
  void lessonHeadingsHaveNoPermalinkByDefault() {
    assertThat(render("### Go where people are").select("a")).isEmpty();
  }

  @Test
  void permalinkLabelsAreEscapedLikeAnyText() {
    String html =
        renderer.toHtml("### Tips & \"tricks\" <b>", RenderOptions.DEFAULT.withLessonPermalinks());

    Element permalink = Jsoup.parseBodyFragment(html).selectFirst("a.permalink");
    assertThat(permalink.attr("aria-label")).isEqualTo("Link to this lesson: Tips & \"tricks\"");
    assertThat(html).doesNotContain("<b>");
  }

  @Test
  void itemReferencesLinkToTheItemsPage() {
    String html =
        renderer.toHtml(
            "[Angus](ref:case-study/angus-participatory-budgeting?lang=sv#results)",
            RenderOptions.DEFAULT.withReferences(SEGMENTS));

    assertThat(Jsoup.parseBodyFragment(html).selectFirst("a").attr("href"))
        .isEqualTo("/case-studies/angus-participatory-budgeting?lang=sv#results");
  }

  @Test
  void itemReferencesThatCannotBeResolvedAreShownAsTheirText() {
    RenderOptions options = RenderOptions.DEFAULT.withReferences(SEGMENTS);

    assertThat(renderer.toHtml("See [the *event*](ref:event/summit).", options))
        .isEqualTo("<p>See the <em>event</em>.</p>\n");
    assertThat(renderer.toHtml("See [Angus](ref:case-study/angus)."))
        .isEqualTo("<p>See Angus.</p>\n");
  }
}
