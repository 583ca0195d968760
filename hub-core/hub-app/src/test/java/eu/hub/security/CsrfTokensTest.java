package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

  @Test
  void tokensAre32RandomBytesInBase64Url() {
    String a = CsrfTokens.newToken();
    String b = CsrfTokens.newToken();
    assertThat(a).isNotEqualTo(b).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(a)).hasSize(32);
  }

  @Test
  void onlyTheExactTokenMatches() {
    String token = CsrfTokens.newToken();
    assertThat(CsrfTokens.matches(token, token)).isTrue();
    assertThat(CsrfTokens.matches(token, token.substring(1))).isFalse();
    assertThat(CsrfTokens.matches(token, null)).isFalse();
    assertThat(CsrfTokens.matches(null, token)).isFalse();
    assertThat(CsrfTokens.matches("", "")).isFalse();
  }

  @Test
  void unsafeMethodsNeedItAndBearerCallsDoNot() {
    assertThat(CsrfTokens.unsafe("POST")).isTrue();
    assertThat(CsrfTokens.unsafe("PATCH")).isTrue();
    assertThat(CsrfTokens.unsafe("GET")).isFalse();
    assertThat(CsrfTokens.bearer("Bearer abc")).isTrue();
    assertThat(CsrfTokens.bearer("bearer abc")).isTrue();
    assertThat(CsrfTokens.bearer("Basic abc")).isFalse();
    assertThat(CsrfTokens.bearer(null)).isFalse();
  }

  @Test
  void theFormFieldIsFoundAndDecoded() {
    assertThat(CsrfFilter.formField("email=a%40b.eu&csrf=x-y_z&password=p", "csrf"))
        .isEqualTo("x-y_z");
    assertThat(CsrfFilter.formField("email=a", "csrf")).isNull();
  }

  @Test
  void aSessionOlderThanEightHoursHasExpired() {
    long now = 10L * 3600_000;
    assertThat(SessionLifetimeFilter.expired(now - 7 * 3600_000L, now)).isFalse();
    assertThat(SessionLifetimeFilter.expired(now - 8 * 3600_000L - 1, now)).isTrue();
    assertThat(SessionLifetimeFilter.expired(null, now)).isFalse();
  }
}
