package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  @Test
  void everyoneMayCrawlPagesButNotTheApiOrAdministrationAndTheSitemapIsNamed() {
    String text = RobotsTxt.text("https://hub.example.eu/sitemap.xml");

    assertThat(text.lines())
        .startsWith("User-agent: *", "Allow: /")
        .contains(
            "Disallow: /api/", "Disallow: /admin/", "Sitemap: https://hub.example.eu/sitemap.xml")
        .doesNotContain("Disallow: /");
  }
}
