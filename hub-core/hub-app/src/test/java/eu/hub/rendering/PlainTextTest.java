package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void markupGoesAndTheWordsStay() {
    assertThat(
            renderer.plainText(
                "## The *challenge*\n\nResidents **had** no say in [the budget](/pages/budget)."))
        .isEqualTo("The challenge\nResidents had no say in the budget.");
  }

  @Test
  void codeAndImageAltTextAreKept() {
    assertThat(renderer.plainText("Run `hub start` ![A screenshot of the hub](/media/s.png)"))
        .isEqualTo("Run hub start A screenshot of the hub");
    assertThat(renderer.plainText("```sh\nhub start\nhub stop\n```"))
        .isEqualTo("hub start\nhub stop");
  }

  @Test
  void urlsRawHtmlAndFootnoteMarkersAreNotWords() {
    assertThat(
            renderer.plainText(
                "See https://example.org and <b>this</b>[^1].\n\n<div>x</div>\n\n[^1]: A note."))
        .isEqualTo("See https://example.org and this.\nA note.");
  }

  @Test
  void listItemsAndTableRowsAreLinesAndCellsAreWords() {
    assertThat(renderer.plainText("- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |"))
        .isEqualTo("one\ntwo\na b\n1 2");
  }

  @Test
  void lineBreaksInsideAParagraphBecomeSpaces() {
    assertThat(renderer.plainText("one\ntwo")).isEqualTo("one two");
    assertThat(renderer.plainText(null)).isEmpty();
  }

  @Test
  void codeKeepsItsIndentation() {
    assertThat(
            renderer.plainText(
                "Before\n\n```py\nif ok:\n    run()\n```\n\n    indented\n      more"))
        .isEqualTo("Before\nif ok:\n    run()\nindented\n  more");
  }

  @Test
  void aShortTextIsItsOwnExcerptOnOneLine() {
    assertThat(renderer.excerpt("## Title\n\nShort   body.", 100)).isEqualTo("Title Short body.");
  }

  @Test
  void aLongTextIsCutAtAWordBoundaryWithinTheLimit() {
    String excerpt =
        renderer.excerpt("Participatory budgeting lets residents decide on spending.", 30);

    assertThat(excerpt).isEqualTo("Participatory budgeting lets…");
    assertThat(excerpt.length()).isLessThanOrEqualTo(30);
  }

  @Test
  void punctuationBeforeTheCutIsDropped() {
    assertThat(renderer.excerpt("First, second, third and fourth", 15)).isEqualTo("First, second…");
    assertThat(renderer.excerpt("One two; three four", 10)).isEqualTo("One two…");
  }

  @Test
  void aSingleLongWordIsCutWithoutSplittingACharacter() {
    assertThat(renderer.excerpt("Donaudampfschifffahrtsgesellschaft", 10)).isEqualTo("Donaudamp…");
    assertThat(renderer.excerpt("😀😀😀😀😀😀", 4)).isEqualTo("😀…");
  }

  @Test
  void anExcerptNeedsRoomForACharacter() {
    assertThatThrownBy(() -> renderer.excerpt("text", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
