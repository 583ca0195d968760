package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemReferenceTest {

  @Test
  void aReferenceNamesATypeAndASlug() {
    assertThat(ItemReference.parse("ref:case-study/angus-participatory-budgeting"))
        .contains(new ItemReference("case-study", "angus-participatory-budgeting", ""));
  }

  @Test
  void queryAndAnchorAreKeptForTheUrl() {
    ItemReference reference =
        ItemReference.parse("ref:lesson/start-small?lang=sv#why").orElseThrow();

    assertThat(reference.path("lessons")).isEqualTo("/lessons/start-small");
    assertThat(reference.url("lessons")).isEqualTo("/lessons/start-small?lang=sv#why");
  }

  @Test
  void malformedReferencesAreRecognisedButNotParsed() {
    assertThat(ItemReference.isReference("REF:Case Study")).isTrue();
    assertThat(ItemReference.parse("ref:Case Study")).isEmpty();
    assertThat(ItemReference.parse("ref:case-study")).isEmpty();
    assertThat(ItemReference.parse("ref:case-study/a/b")).isEmpty();
    assertThat(ItemReference.isReference("/case-studies/a")).isFalse();
    assertThat(ItemReference.parse(null)).isEmpty();
  }
}
