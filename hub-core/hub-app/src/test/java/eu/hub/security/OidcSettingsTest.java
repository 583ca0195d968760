package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

  private static Optional<OidcSettings> from(Map<String, String> properties) {
    return OidcSettings.from(name -> Optional.ofNullable(properties.get(name)));
  }

  private static final Map<String, String> COMPLETE =
      Map.of(
          "hub.oidc.provider-uri", "https://id.city.example/realms/city",
          "hub.oidc.client-id", "hub",
          "hub.oidc.client-secret", "s3cret");

  @Test
  void withoutPropertiesOidcIsOff() {
    assertThat(from(Map.of())).isEmpty();
  }

  @Test
  void halfAConfigurationLeavesOidcOff() {
    assertThat(
            from(
                Map.of(
                    "hub.oidc.provider-uri", "https://id.city.example",
                    "hub.oidc.client-id", "hub")))
        .isEmpty();
    assertThat(
            from(
                Map.of(
                    "hub.oidc.provider-uri", "https://id.city.example",
                    "hub.oidc.client-id", "hub",
                    "hub.oidc.client-secret", "  ")))
        .isEmpty();
  }

  @Test
  void aProviderThatIsNotAnHttpAddressLeavesOidcOff() {
    var properties = new java.util.HashMap<>(COMPLETE);
    properties.put("hub.oidc.provider-uri", "ldap://id.city.example");
    assertThat(from(properties)).isEmpty();
  }

  @Test
  void aCompleteConfigurationHasDefaultsForTheRest() {
    OidcSettings s = from(COMPLETE).orElseThrow();
    assertThat(s.providerUri()).isEqualTo(URI.create("https://id.city.example/realms/city"));
    assertThat(s.displayName()).isEqualTo("id.city.example");
    assertThat(s.scopes()).containsExactly("openid", "email", "profile");
    assertThat(s.redirectUri()).isEmpty();
    assertThat(s.toString()).doesNotContain("s3cret");
  }

  @Test
  void theOpenidScopeIsAlwaysAsked() {
    var properties = new java.util.HashMap<>(COMPLETE);
    properties.put("hub.oidc.scopes", "email, profile");
    properties.put("hub.oidc.display-name", "CityID");
    OidcSettings s = from(properties).orElseThrow();
    assertThat(s.scopes()).containsExactly("openid", "email", "profile");
    assertThat(s.displayName()).isEqualTo("CityID");
  }
}
