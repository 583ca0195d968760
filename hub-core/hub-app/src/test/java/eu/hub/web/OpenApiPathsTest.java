package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiPathsTest {

  @Test
  void regularExpressionsAreDroppedFromPathTemplates() {
    assertThat(OpenApiPaths.plain("/{segment:[a-z0-9-]+}/{slug:[a-z0-9-]+}"))
        .isEqualTo("/{segment}/{slug}");
    assertThat(OpenApiPaths.plain("/assets/{path:[A-Za-z0-9_./-]+}")).isEqualTo("/assets/{path}");
  }

  @Test
  void bracesInsideTheExpressionDoNotEndTheTemplate() {
    assertThat(OpenApiPaths.plain("/years/{year : [0-9]{4}}/x")).isEqualTo("/years/{year}/x");
  }

  @Test
  void plainTemplatesAndLiteralsStayAsTheyAre() {
    assertThat(OpenApiPaths.plain("/feeds/{vocabulary}/{term}.atom"))
        .isEqualTo("/feeds/{vocabulary}/{term}.atom");
    assertThat(OpenApiPaths.plain("/api/content")).isEqualTo("/api/content");
  }
}
