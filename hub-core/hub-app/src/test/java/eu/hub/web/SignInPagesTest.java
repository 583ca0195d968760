package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.security.OidcSettings;
import eu.hub.theme.Theme;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in page offers a city's OpenID provider only when one is configured. */
class SignInPagesTest {

  private static final OidcSettings CITY_ID =
      new OidcSettings(
          URI.create("https://id.city.example"),
          "hub",
          "secret",
          "CityID",
          List.of("openid"),
          Optional.empty());

  private static String render(Optional<OidcSettings> configured, Locale locale) {
    Map<String, Object> m = new HashMap<>();
    m.put(
        "page", Map.of("title", "Sign in", "lang", locale.getLanguage(), "breadcrumbs", List.of()));
    m.put("csrfToken", "token");
    m.put("errors", List.of());
    m.put("fieldErrors", Map.of());
    m.put("email", "");
    m.put("heading", "Sign in");
    SignInPages.offerOidc(m, configured);
    Theme theme = new Theme("default", Optional.empty(), SignInPagesTest.class.getClassLoader());
    return theme.render("sign-in", m, locale);
  }

  @Test
  void withoutOidcTheSignInPageOffersOnlyTheForm() {
    Map<String, Object> data = new HashMap<>();
    SignInPages.offerOidc(data, Optional.empty());
    assertThat(data).containsEntry("oidcName", null);
    assertThat(render(Optional.empty(), Locale.ENGLISH))
        .contains("sign-in-password")
        .doesNotContain("/sign-in/oidc")
        .doesNotContain("Sign in with");
  }

  @Test
  void withOidcTheSignInPageOffersTheProviderByNameBesideTheForm() {
    assertThat(render(Optional.of(CITY_ID), Locale.ENGLISH))
        .contains("sign-in-password")
        .contains("<a href=\"/sign-in/oidc\">Sign in with CityID</a>");
    assertThat(render(Optional.of(CITY_ID), Locale.forLanguageTag("sv")))
        .contains("<a href=\"/sign-in/oidc\">Logga in med CityID</a>");
  }
}
