package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LessonTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private static final String ARTICLE =
      """
      Why we wrote this.

      ## Engaging residents

      Some context for the group.

      ### Go where people are

      Pop-up stalls at the *market* reached more people than [online surveys](/lessons/x).

      - Saturdays worked best

      ### Results take time

      #### In Angus

      Two budget cycles[^1].

      ## Working with the council

      ### Results take time

      Again.

      [^1]: Council minutes, 2023.
      """;

  @Test
  void eachLevelThreeHeadingIsOneLessonInTheGroupAbove() {
    List<Lesson> lessons = renderer.lessons(ARTICLE);

    assertThat(lessons)
        .extracting(Lesson::group, Lesson::title)
        .containsExactly(
            tuple("Engaging residents", "Go where people are"),
            tuple("Engaging residents", "Results take time"),
            tuple("Working with the council", "Results take time"));
  }

  @Test
  void lessonIdsAreTheAnchorsOfTheRenderedHeadings() {
    List<Lesson> lessons = renderer.lessons(ARTICLE);
    List<String> renderedIds =
        Jsoup.parseBodyFragment(
                renderer.toHtml(ARTICLE, RenderOptions.DEFAULT.withLessonPermalinks()))
            .select("h3")
            .eachAttr("id");

    assertThat(lessons)
        .extracting(Lesson::id)
        .containsExactly("go-where-people-are", "results-take-time", "results-take-time-1")
        .containsExactlyElementsOf(renderedIds);
    assertThat(lessons.get(2).url("/lessons/what-we-learned"))
        .isEqualTo("/lessons/what-we-learned#results-take-time-1");
  }

  @Test
  void aLessonsMarkdownRunsToTheNextLessonOrGroupWithoutTheFootnotes() {
    List<Lesson> lessons = renderer.lessons(ARTICLE);

    assertThat(lessons.get(0).markdown())
        .isEqualTo(
            "Pop-up stalls at the *market* reached more people than [online surveys](/lessons/x)."
                + "\n\n- Saturdays worked best");
    assertThat(lessons.get(1).markdown()).isEqualTo("#### In Angus\n\nTwo budget cycles[^1].");
    assertThat(lessons.get(2).markdown()).isEqualTo("Again.");
  }

  @Test
  void aLessonsTextHasNoMarkup() {
    Lesson first = renderer.lessons(ARTICLE).get(0);

    assertThat(first.text())
        .isEqualTo(
            "Pop-up stalls at the market reached more people than online surveys.\n"
                + "Saturdays worked best");
  }

  @Test
  void lessonsBeforeAnyGroupHaveAnEmptyGroupAndEmptyLessonsAreKept() {
    List<Lesson> lessons = renderer.lessons("### First\n\n### Second\n\nBody");

    assertThat(lessons).extracting(Lesson::group).containsExactly("", "");
    assertThat(lessons.get(0).markdown()).isEmpty();
    assertThat(lessons.get(0).text()).isEmpty();
    assertThat(lessons.get(1).text()).isEqualTo("Body");
  }

  @Test
  void aBodyWithoutLessonHeadingsHasNoLessons() {
    assertThat(renderer.lessons("## Only a group\n\nText")).isEmpty();
    assertThat(renderer.lessons(null)).isEmpty();
  }

  @Test
  void thePermalinkIsNotPartOfTheLessonTitle() {
    Element heading =
        Jsoup.parseBodyFragment(
                renderer.toHtml("### Start small", RenderOptions.DEFAULT.withLessonPermalinks()))
            .selectFirst("h3");

    assertThat(renderer.lessons("### Start small").get(0).title()).isEqualTo("Start small");
    assertThat(heading.ownText()).isEqualTo("Start small");
  }
}
