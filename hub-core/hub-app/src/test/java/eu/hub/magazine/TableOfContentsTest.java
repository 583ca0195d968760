package eu.hub.magazine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.magazine.TableOfContents.Entry;
import eu.hub.magazine.TableOfContents.Section;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

  private static Entry article(String slug, String section, Integer position) {
    return new Entry(
        slug,
        "Title of " + slug,
        "/articles/" + slug,
        null,
        List.of(),
        section,
        position == null ? null : BigDecimal.valueOf(position),
        "published");
  }

  private static List<String> slugs(Section section) {
    return section.articles().stream().map(Entry::slug).toList();
  }

  @Test
  void sectionsFollowTheIssueAndArticlesTheirPositionNotTheOrderTheyWereFound() {
    List<Section> toc =
        TableOfContents.arrange(
            List.of("Skills", "Engagement", "Inclusion"),
            List.of(
                article("inclusion", "Inclusion", 3),
                article("engagement-b", "Engagement", 5),
                article("skills", "Skills", 1),
                article("engagement-a", "Engagement", 2)));

    assertThat(toc).extracting(Section::title).containsExactly("Skills", "Engagement", "Inclusion");
    assertThat(slugs(toc.get(1))).containsExactly("engagement-a", "engagement-b");
  }

  @Test
  void articlesWithoutASectionOrWithOneTheIssueDoesNotListCloseTheIssueUntitled() {
    List<Section> toc =
        TableOfContents.arrange(
            List.of("Skills"),
            List.of(
                article("zeta", null, null),
                article("listed", "Skills", 1),
                article("stray", "Gardening", 2),
                article("alpha", null, null),
                article("early", "", 1)));

    assertThat(toc).hasSize(2);
    Section last = toc.get(1);
    assertThat(last.untitled()).isTrue();
    assertThat(last.title()).isNull();
    assertThat(slugs(last))
        .as("by position, then those without a position by title")
        .containsExactly("early", "stray", "alpha", "zeta");
  }

  @Test
  void equalPositionsAreOrderedByTitleAndPositionsCompareAsNumbersNotText() {
    List<Section> toc =
        TableOfContents.arrange(
            List.of("S"),
            List.of(
                article("ten", "S", 10),
                article("b-two", "S", 2),
                article("a-two", "S", 2),
                new Entry(
                    "half",
                    "Half",
                    "/articles/half",
                    null,
                    List.of(),
                    "S",
                    new BigDecimal("1.5"),
                    "draft")));

    assertThat(slugs(toc.get(0))).containsExactly("half", "a-two", "b-two", "ten");
  }

  @Test
  void sectionsWithoutArticlesAreLeftOutAndRepeatedOrPaddedTitlesCountOnce() {
    List<Section> toc =
        TableOfContents.arrange(
            List.of("Empty", " Full ", "Full"), List.of(article("one", "Full", 1)));

    assertThat(toc).extracting(Section::title).containsExactly("Full");
  }

  @Test
  void anIssueWithoutArticlesHasAnEmptyTableOfContents() {
    assertThat(TableOfContents.arrange(List.of("A", "B"), List.of())).isEmpty();
  }

  @Test
  void aMissingSectionIsAllowedButAnUnlistedOneIsNot() {
    List<String> sections = List.of("Skills", "Engagement");
    assertThat(TableOfContents.sectionIsListed(null, sections)).isTrue();
    assertThat(TableOfContents.sectionIsListed(" Skills", sections)).isTrue();
    assertThat(TableOfContents.sectionIsListed("skills", sections)).isFalse();
    assertThat(TableOfContents.sectionIsListed("Gardening", List.of())).isFalse();
  }
}
