package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

  @Test
  void theLanguageFormGoesBackOnlyToAPathOnThisSite() {
    assertThat(LanguageChoice.safe("/case-studies?countries=sweden"))
        .isEqualTo("/case-studies?countries=sweden");
    assertThat(LanguageChoice.safe("https://evil.example/")).isEqualTo("/");
    assertThat(LanguageChoice.safe("//evil.example/")).isEqualTo("/");
    assertThat(LanguageChoice.safe("/\\evil.example")).isEqualTo("/");
    assertThat(LanguageChoice.safe("/a\r\nSet-Cookie: x")).isEqualTo("/");
    assertThat(LanguageChoice.safe(null)).isEqualTo("/");
  }
}
