package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

  private static final URI REQUEST = URI.create("http://internal:8080/");

  @Test
  void theConfiguredAddressWinsOverTheRequest() {
    SiteAddress site = SiteAddress.of(Optional.of("https://hub.example.eu/"), REQUEST);

    assertThat(site.base()).isEqualTo("https://hub.example.eu");
    assertThat(site.absolute("/feeds/all.atom")).isEqualTo("https://hub.example.eu/feeds/all.atom");
    assertThat(site.absolute("sitemap.xml")).isEqualTo("https://hub.example.eu/sitemap.xml");
    assertThat(site.host()).isEqualTo("hub.example.eu");
  }

  @Test
  void withoutConfigurationTheRequestsBaseIsUsed() {
    SiteAddress site = SiteAddress.of(Optional.empty(), REQUEST);

    assertThat(site.absolute("/")).isEqualTo("http://internal:8080/");
    assertThat(site.host()).isEqualTo("internal");
  }

  @Test
  void aConfiguredAddressUnderAPathKeepsThePath() {
    SiteAddress site = SiteAddress.of(Optional.of("https://example.eu/hub"), REQUEST);

    assertThat(site.absolute("/case-studies")).isEqualTo("https://example.eu/hub/case-studies");
  }

  @Test
  void aConfiguredAddressThatIsNotAnAbsoluteHttpUrlIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> SiteAddress.of(Optional.of("hub.example.eu"), REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hub.site.url");
    assertThatThrownBy(() -> SiteAddress.of(Optional.of("ftp://hub.example.eu"), REQUEST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void englishItemsHaveThePlainPathAndTranslationsALangParameter() {
    assertThat(SiteAddress.itemPath("lessons", "co-creating", "en"))
        .isEqualTo("/lessons/co-creating");
    assertThat(SiteAddress.itemPath("lessons", "co-creating", "sv"))
        .isEqualTo("/lessons/co-creating?lang=sv");
  }
}
