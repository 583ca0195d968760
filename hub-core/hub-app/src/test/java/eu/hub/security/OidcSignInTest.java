package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks OIDC sign-in makes before it talks to the provider, and a provider that is away. */
class OidcSignInTest {

  private static final URI CALLBACK = URI.create("https://hub.example/sign-in/oidc/callback");

  private static OidcSignIn signIn(String provider) {
    return new OidcSignIn(
        new OidcSettings(
            URI.create(provider), "hub", "secret", "CityID", List.of("openid"), Optional.empty()));
  }

  private static OidcSignIn.Pending pending(String state, long startedAt) {
    return new OidcSignIn.Pending(
        state, "nonce", "verifier-verifier-verifier-verifier-verif", startedAt);
  }

  private static OidcSignIn.Failure failure(ThrowingCall call) {
    return catchThrowableOfType(OidcSignIn.FailedException.class, call::run).failure();
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aCallbackWithoutAStartedSignInIsNotAccepted() {
    OidcSignIn oidc = signIn("https://id.example");
    URI answer = URI.create(CALLBACK + "?code=c&state=s");
    assertThat(failure(() -> oidc.finish(answer, null, CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.NOT_STARTED);
  }

  @Test
  void aSignInStartedTooLongAgoIsNotAccepted() {
    OidcSignIn oidc = signIn("https://id.example");
    long longAgo = System.currentTimeMillis() - OidcSignIn.PENDING_MILLIS - 1000;
    URI answer = URI.create(CALLBACK + "?code=c&state=s");
    assertThat(failure(() -> oidc.finish(answer, pending("s", longAgo), CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.NOT_STARTED);
  }

  @Test
  void anAnswerWithAnotherStateOrNoneIsNotAccepted() {
    OidcSignIn oidc = signIn("https://id.example");
    long now = System.currentTimeMillis();
    assertThat(
            failure(
                () ->
                    oidc.finish(
                        URI.create(CALLBACK + "?code=c&state=t"), pending("s", now), CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.NOT_STARTED);
    assertThat(
            failure(
                () -> oidc.finish(URI.create(CALLBACK + "?code=c"), pending("s", now), CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.NOT_STARTED);
  }

  @Test
  void aCancelledSignInIsToldApartFromARefusedOne() {
    OidcSignIn oidc = signIn("https://id.example");
    long now = System.currentTimeMillis();
    assertThat(
            failure(
                () ->
                    oidc.finish(
                        URI.create(CALLBACK + "?error=access_denied&state=s"),
                        pending("s", now),
                        CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.CANCELLED);
    assertThat(
            failure(
                () ->
                    oidc.finish(
                        URI.create(CALLBACK + "?error=server_error&state=s"),
                        pending("s", now),
                        CALLBACK)))
        .isEqualTo(OidcSignIn.Failure.REFUSED);
  }

  @Test
  void aProviderThatCannotBeReachedIsReportedNotThrown() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    OidcSignIn oidc = signIn("http://127.0.0.1:" + closed + "/realms/city");
    assertThat(failure(() -> oidc.start(CALLBACK))).isEqualTo(OidcSignIn.Failure.UNAVAILABLE);
  }
}
