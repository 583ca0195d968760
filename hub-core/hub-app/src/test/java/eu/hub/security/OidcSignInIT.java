package eu.hub.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.hub.testkit.Http;
import eu.hub.testkit.SignedIn;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OIDC sign-in against an OpenID provider beside the Hub: WireMock serves discovery, the JWKS and a
 * token endpoint whose ID tokens this test signs, at the address every IT's Hub is configured with
 * ({@code hub.it.oidc.provider}, hub-app/pom.xml). The browser's side of the flow is played over
 * HTTP without following redirects, so every step is checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OidcSignInIT {

  private static final String PROVIDER = System.getProperty("hub.it.oidc.provider");
  private static final int PORT = Integer.getInteger("hub.it.oidc.port");
  private static final String PATH = URI.create(PROVIDER).getPath();
  private static final String CLIENT_ID = "hub-it";
  private static final String CLIENT_SECRET = "it-oidc-secret-for-tests-only";

  private static WireMockServer provider;
  private static RSAKey key;

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  URI root;

  @BeforeAll
  static void startProvider() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("it-key").generate();
    provider = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
    provider.start();
    String discovery =
        """
        {"issuer":"%1$s",
         "authorization_endpoint":"%1$s/auth",
         "token_endpoint":"%1$s/token",
         "jwks_uri":"%1$s/certs",
         "response_types_supported":["code"],
         "subject_types_supported":["public"],
         "id_token_signing_alg_values_supported":["RS256"],
         "code_challenge_methods_supported":["S256"]}
        """
            .formatted(PROVIDER);
    provider.stubFor(
        get(urlEqualTo(PATH + "/.well-known/openid-configuration")).willReturn(okJson(discovery)));
    provider.stubFor(
        get(urlEqualTo(PATH + "/certs"))
            .willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    // Codes this test did not hand out are refused, as a provider would.
    provider.stubFor(
        post(urlEqualTo(PATH + "/token"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_grant\"}")));
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.stop();
    }
  }

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    assertThat(new Http(root).get("health/ready").statusCode()).isEqualTo(200);
  }

  /** What the Hub put in the address it sent the browser to at the provider. */
  private record Authorization(Map<String, String> params, HttpResponse<String> started) {
    String get(String name) {
      return params.get(name);
    }
  }

  private Authorization startAt(SignedIn browser) {
    HttpResponse<String> start = browser.get("sign-in/oidc");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
    URI to = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertThat(to.toString()).startsWith(PROVIDER + "/auth?");
    Map<String, String> params = new HashMap<>();
    for (String pair : to.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return new Authorization(params, start);
  }

  private static JWTClaimsSet.Builder claims(Authorization auth, String email, boolean verified) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(PROVIDER)
        .subject("sub-" + UUID.randomUUID())
        .audience(CLIENT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", auth.get("nonce"))
        .claim("email", email)
        .claim("email_verified", verified);
  }

  private static String sign(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("it-key").build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The provider hands out a code for which its token endpoint answers this ID token. */
  private static String codeFor(String idToken) {
    String code = "code-" + UUID.randomUUID();
    provider.stubFor(
        post(urlEqualTo(PATH + "/token"))
            .atPriority(1)
            .withRequestBody(containing("code=" + code))
            .willReturn(
                okJson(
                    "{\"access_token\":\"at-"
                        + code
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
                        + idToken
                        + "\"}")));
    return code;
  }

  private static HttpResponse<String> comeBack(
      SignedIn browser, Authorization auth, String code, String state) {
    return browser.get(
        "sign-in/oidc/callback?code=" + SignedIn.enc(code) + "&state=" + SignedIn.enc(state));
  }

  @Test
  void aKnownPersonSignsInThroughTheProviderWithTheirHubRole() throws Exception {
    String email = SignedIn.unique("oidc-editor");
    assertThat(SignedIn.createAccount(root, email, null, "EDITOR").statusCode()).isEqualTo(201);
    SignedIn browser = SignedIn.anonymous(root);
    HttpResponse<String> page = browser.get("sign-in");
    assertThat(page.body())
        .contains("href=\"/sign-in/oidc\"")
        .contains("Sign in with CityID")
        .contains("sign-in-password");

    Authorization auth = startAt(browser);
    assertThat(auth.get("client_id")).isEqualTo(CLIENT_ID);
    assertThat(auth.get("response_type")).isEqualTo("code");
    assertThat(auth.get("scope").split(" ")).contains("openid", "email");
    assertThat(auth.get("redirect_uri"))
        .isEqualTo(root.resolve("/sign-in/oidc/callback").toString());
    assertThat(auth.get("state")).isNotBlank();
    assertThat(auth.get("nonce")).isNotBlank();
    assertThat(auth.get("code_challenge_method")).isEqualTo("S256");

    // Upper case from the provider still finds the account.
    String code = codeFor(sign(claims(auth, email.toUpperCase(), true).build()));
    HttpResponse<String> back = comeBack(browser, auth, code, auth.get("state"));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
    assertThat(SignedIn.location(back)).isEqualTo("/admin");
    // A new session id at sign-in, as with the form: the one from before the provider is dead.
    String before =
        sessionCookie(auth.started()).isEmpty()
            ? sessionCookie(page)
            : sessionCookie(auth.started());
    assertThat(before).as("the session the sign-in started in").isNotEmpty();
    assertThat(sessionCookie(back)).isNotEmpty().isNotEqualTo(before);

    HttpResponse<String> admin = browser.get("admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains(email).contains("Editor");

    // The code went back with the client's secret and the PKCE verifier of the challenge.
    List<LoggedRequest> exchanges =
        provider.findAll(
            postRequestedFor(urlEqualTo(PATH + "/token"))
                .withRequestBody(containing("code=" + code))
                .withBasicAuth(new BasicCredentials(CLIENT_ID, CLIENT_SECRET)));
    assertThat(exchanges).hasSize(1);
    String verifier = formValue(exchanges.get(0).getBodyAsString(), "code_verifier");
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    assertThat(challenge).isEqualTo(auth.get("code_challenge"));

    // Audited, with the provider named.
    SignedIn administrator = SignedIn.as(root, "oidc-auditor", null, "ADMINISTRATOR");
    assertThat(administrator.get("admin/audit").body()).contains(email).contains("via OIDC");

    // Signing out ends it as for form sign-in.
    HttpResponse<String> out = browser.submit(admin, "sign-out", "");
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void anUnknownEmailIsRefusedWithAClearPage() throws Exception {
    String stranger = SignedIn.unique("oidc-stranger");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    HttpResponse<String> back =
        comeBack(
            browser, auth, codeFor(sign(claims(auth, stranger, true).build())), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body())
        .contains("There is no Hub account for " + stranger)
        .contains("error-summary")
        .doesNotContain("Exception");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void anEmailTheProviderDidNotVerifyIsRefused() throws Exception {
    String email = SignedIn.unique("oidc-unverified");
    SignedIn.createAccount(root, email, null, "ADMINISTRATOR");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    HttpResponse<String> back =
        comeBack(
            browser, auth, codeFor(sign(claims(auth, email, false).build())), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("did not confirm your email address");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void aWrongStateIsRefusedAndACallbackCannotBeReplayed() throws Exception {
    String email = SignedIn.unique("oidc-state");
    SignedIn.createAccount(root, email, null, "EDITOR");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    String code = codeFor(sign(claims(auth, email, true).build()));
    HttpResponse<String> wrong = comeBack(browser, auth, code, "not-" + auth.get("state"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Start again");
    // The pending sign-in was used up by the wrong answer: the right state now finds nothing.
    assertThat(comeBack(browser, auth, code, auth.get("state")).statusCode()).isEqualTo(400);
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);

    // Another browser cannot finish a sign-in this one started (login CSRF).
    SignedIn victim = SignedIn.anonymous(root);
    Authorization started = startAt(browser);
    String code2 = codeFor(sign(claims(started, email, true).build()));
    assertThat(comeBack(victim, started, code2, started.get("state")).statusCode()).isEqualTo(400);
    assertThat(victim.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void aTamperedIdTokenIsRefused() throws Exception {
    String email = SignedIn.unique("oidc-tampered");
    String admin = SignedIn.unique("oidc-target-admin");
    SignedIn.createAccount(root, email, null, "REVIEWER");
    SignedIn.createAccount(root, admin, null, "ADMINISTRATOR");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    String[] parts = sign(claims(auth, email, true).build()).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(email, admin);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    HttpResponse<String> back = comeBack(browser, auth, codeFor(forged), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("could not be trusted");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void anExpiredIdTokenIsRefused() throws Exception {
    String email = SignedIn.unique("oidc-expired");
    SignedIn.createAccount(root, email, null, "EDITOR");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    Instant longAgo = Instant.now().minusSeconds(3600);
    String token =
        sign(
            claims(auth, email, true)
                .issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plusSeconds(300)))
                .build());
    HttpResponse<String> back = comeBack(browser, auth, codeFor(token), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("could not be trusted");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void anIdTokenForAnotherSignInIsRefused() throws Exception {
    String email = SignedIn.unique("oidc-nonce");
    SignedIn.createAccount(root, email, null, "EDITOR");
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    String token = sign(claims(auth, email, true).claim("nonce", "some-other-nonce").build());
    HttpResponse<String> back = comeBack(browser, auth, codeFor(token), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("could not be trusted");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void someoneWhoCancelsAtTheProviderIsToldSo() {
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    HttpResponse<String> back =
        browser.get(
            "sign-in/oidc/callback?error=access_denied&state=" + SignedIn.enc(auth.get("state")));
    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("Signing in with CityID was cancelled");
  }

  @Test
  void aLockedAccountStaysLockedThroughTheProvider() throws Exception {
    String email = SignedIn.unique("oidc-locked");
    SignedIn.createAccount(root, email, null, "EDITOR");
    SignedIn guesser = SignedIn.anonymous(root);
    for (int i = 0; i < 5; i++) {
      guesser.submit(
          guesser.get("sign-in"),
          "sign-in",
          SignedIn.form("email", email, "password", "wrong " + i));
    }
    SignedIn browser = SignedIn.anonymous(root);
    Authorization auth = startAt(browser);
    HttpResponse<String> back =
        comeBack(
            browser, auth, codeFor(sign(claims(auth, email, true).build())), auth.get("state"));
    assertThat(back.statusCode()).isEqualTo(429);
    assertThat(back.body()).contains("Too many failed sign-ins");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void anotherPersonGivenTheSameAddressAtTheProviderIsRefusedUntilUnlinked() throws Exception {
    String email = SignedIn.unique("oidc-linked");
    SignedIn.createAccount(root, email, null, "EDITOR");
    SignedIn first = SignedIn.anonymous(root);
    Authorization auth = startAt(first);
    String token = sign(claims(auth, email, true).subject("person-1").build());
    assertThat(comeBack(first, auth, codeFor(token), auth.get("state")).statusCode())
        .isEqualTo(303);

    SignedIn second = SignedIn.anonymous(root);
    Authorization again = startAt(second);
    String other = sign(claims(again, email, true).subject("person-2").build());
    HttpResponse<String> refused = comeBack(second, again, codeFor(other), again.get("state"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("linked to another person at CityID");
    assertThat(second.get("admin").statusCode()).isEqualTo(303);

    // The operator unlinks (audited); the next person to sign in is linked instead.
    HttpResponse<String> unlinked =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        root.resolve("api/admin/users/" + SignedIn.enc(email) + "/oidc"))
                    .header("Authorization", "Bearer " + System.getProperty("hub.it.admin.token"))
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unlinked.statusCode()).isEqualTo(204);
    Authorization third = startAt(second);
    String relinked = sign(claims(third, email, true).subject("person-2").build());
    assertThat(comeBack(second, third, codeFor(relinked), third.get("state")).statusCode())
        .isEqualTo(303);
    assertThat(second.get("admin").statusCode()).isEqualTo(200);
  }

  @Test
  void formSignInStillWorksBesideTheProvider() {
    SignedIn editor = SignedIn.as(root, "oidc-form", null, "EDITOR");
    assertThat(editor.get("admin").statusCode()).isEqualTo(200);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length()).split(";")[0])
        .findFirst()
        .orElse("");
  }

  private static String formValue(String body, String name) {
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + body);
  }
}
