package eu.hub.contentfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFileTest {

  @Test
  void splitsFrontMatterFromTheBody() throws Exception {
    MarkdownFile file =
        MarkdownFile.parse("---\ntype: page\ntitle: About\ntags: [a, b]\n---\n\n# Body\n\nText\n");

    assertThat(file.frontMatter())
        .containsEntry("type", "page")
        .containsEntry("title", "About")
        .containsEntry("tags", List.of("a", "b"));
    assertThat(file.body()).isEqualTo("# Body\n\nText");
  }

  @Test
  void datesStayTextAndNorwayStaysNorway() throws Exception {
    MarkdownFile file =
        MarkdownFile.parse("---\npublished: 2024-05-31\ncountry: NO\nflag: yes\n---\n");

    assertThat(file.frontMatter())
        .containsEntry("published", "2024-05-31")
        .containsEntry("country", "NO")
        .containsEntry("flag", "yes");
  }

  @Test
  void onlyTrueAndFalseAreBooleans() throws Exception {
    assertThat(MarkdownFile.parse("---\nallDay: true\n---\n").frontMatter())
        .containsEntry("allDay", true);
  }

  @Test
  void invalidYamlIsReportedWithTheLineOfTheFile() {
    assertThatThrownBy(() -> MarkdownFile.parse("---\ntype: page\ntitle: [unclosed\n---\nBody"))
        .isInstanceOf(ContentFileException.class)
        .hasMessageContaining("not valid YAML")
        .extracting(e -> ((ContentFileException) e).line())
        .isEqualTo(3);
  }

  @Test
  void aDuplicateKeyIsAnError() {
    assertThatThrownBy(() -> MarkdownFile.parse("---\ntitle: A\ntitle: B\n---\n"))
        .isInstanceOf(ContentFileException.class)
        .hasMessageContaining("title");
  }

  @Test
  void aFileWithoutFrontMatterIsRefusedOnLineOne() {
    assertThatThrownBy(() -> MarkdownFile.parse("# Just markdown"))
        .isInstanceOf(ContentFileException.class)
        .hasMessageContaining("front matter missing")
        .extracting(e -> ((ContentFileException) e).line())
        .isEqualTo(1);
    assertThatThrownBy(() -> MarkdownFile.parse("---\ntitle: A\n"))
        .hasMessageContaining("not closed");
  }

  @Test
  void findsTheLineOfAKey() throws Exception {
    MarkdownFile file = MarkdownFile.parse("---\ntype: page\ntitle: A\nslug: x\n---\n");

    assertThat(file.lineOf("slug")).isEqualTo(4);
    assertThat(file.lineOf("type")).isEqualTo(2);
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
    MarkdownFile file = MarkdownFile.parse("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");

    assertThat(file.frontMatter()).containsEntry("title", "A");
    assertThat(file.body()).isEqualTo("Body");
  }
}
