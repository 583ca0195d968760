package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.accessibility.BrowserIT;
import eu.hub.testkit.Http;
import eu.hub.testkit.SignedIn;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, sign-in, throttling, CSRF, security headers and sign-out on the real Hub. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final String TOKEN = System.getProperty("hub.it.admin.token");
  private static final String PASSWORD = "violet tram under the old bridge";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  URI root;
  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    http = new Http(root);
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  /** A browser: its own cookies, no redirects followed. */
  final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, String form) {
      return send(
          HttpRequest.newBuilder(root.resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    String csrfFrom(HttpResponse<String> page) {
      Matcher m = CSRF.matcher(page.body());
      assertThat(m.find()).as("a CSRF field in %s", page.body()).isTrue();
      return m.group(1);
    }

    HttpResponse<String> signIn(String email, String password) {
      String csrf = csrfFrom(get("sign-in"));
      return post(
          "sign-in", "csrf=" + csrf + "&email=" + enc(email) + "&password=" + enc(password));
    }

    String sessionCookie() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equalsIgnoreCase("JSESSIONID"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElseThrow();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String unique(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
  }

  private HttpResponse<String> createUser(
      String email, String password, String roles, String extra) {
    Browser api = new Browser();
    return api.send(
        HttpRequest.newBuilder(root.resolve("api/admin/users"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + password
                        + "\",\"roles\":["
                        + roles
                        + "]"
                        + extra
                        + "}")));
  }

  @Test
  void anAdministratorSignsInSeesTheDashboardAndSignsOut() {
    String email = unique("Admin");
    HttpResponse<String> created = createUser(email, PASSWORD, "\"ADMINISTRATOR\"", "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains(email.toLowerCase()).doesNotContain("PBKDF2");

    Browser anonymous = new Browser();
    HttpResponse<String> away = anonymous.get("admin");
    assertThat(away.statusCode()).isEqualTo(303);
    assertThat(away.headers().firstValue("Location")).get().asString().endsWith("/sign-in");

    Browser browser = new Browser();
    HttpResponse<String> form = browser.get("sign-in");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("JSESSIONID")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    String before = browser.sessionCookie();
    String csrf = browser.csrfFrom(form);
    HttpResponse<String> signedIn =
        browser.post(
            "sign-in", "csrf=" + csrf + "&email=" + enc(email) + "&password=" + enc(PASSWORD));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    String during = browser.sessionCookie();
    assertThat(during).as("the session id is renewed at sign-in").isNotEqualTo(before);

    HttpResponse<String> admin = browser.get("admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains(email.toLowerCase()).contains("Administrator");
    assertSecurityHeaders(admin);

    HttpResponse<String> out = browser.post("sign-out", "csrf=" + browser.csrfFrom(admin));
    assertThat(out.statusCode()).isEqualTo(303);

    Browser replay = new Browser();
    HttpResponse<String> withOldCookie =
        replay.send(
            HttpRequest.newBuilder(root.resolve("admin")).header("Cookie", "JSESSIONID=" + during));
    assertThat(withOldCookie.statusCode()).isEqualTo(303);
  }

  @Test
  void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
    String email = unique("guesser");
    assertThat(createUser(email, PASSWORD, "\"EDITOR\"", "").statusCode()).isEqualTo(201);
    Browser browser = new Browser();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = browser.signIn(email, "not the password " + i);
      assertThat(wrong.statusCode()).isIn(401, 429);
    }
    HttpResponse<String> right = browser.signIn(email, PASSWORD);
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.body()).contains("Too many failed sign-ins").contains("15 minutes");
    assertThat(browser.get("admin").statusCode()).isEqualTo(303);
  }

  @Test
  void aPartnerAuthorSeesTheDashboardButNotTheUsersScreen() {
    String email = unique("partner");
    HttpResponse<String> created =
        createUser(email, PASSWORD, "\"PARTNER_AUTHOR\"", ",\"partner\":\"city-of-lund\"");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Browser browser = new Browser();
    assertThat(browser.signIn(email, PASSWORD).statusCode()).isEqualTo(303);
    assertThat(browser.get("admin").statusCode()).isEqualTo(200);
    HttpResponse<String> users = browser.get("admin/users");
    assertThat(users.statusCode()).isEqualTo(403);
    assertThat(users.body()).contains("your roles do not open this page").contains("<html");
  }

  @Test
  void aCommonOrShortPasswordIsRefusedWithAMessage() {
    HttpResponse<String> common = createUser(unique("weak"), "password1234", "\"EDITOR\"", "");
    assertThat(common.statusCode()).isEqualTo(422);
    assertThat(Http.parse(common.body()).getString("message")).contains("most common");
    HttpResponse<String> shortOne = createUser(unique("weak"), "Xk3#pq9", "\"EDITOR\"", "");
    assertThat(shortOne.statusCode()).isEqualTo(422);
    assertThat(Http.parse(shortOne.body()).getString("message")).contains("too short");
    assertThat(http.get("api/admin/users").statusCode()).isEqualTo(401);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    Browser browser = new Browser();
    browser.get("sign-in");
    HttpResponse<String> post =
        browser.post("sign-in", "email=" + enc(unique("x")) + "&password=whatever");
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains("security token");
    HttpResponse<String> wrong =
        browser.post("sign-in", "csrf=forged&email=a%40b.eu&password=whatever");
    assertThat(wrong.statusCode()).isEqualTo(403);
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    for (String path :
        new String[] {
          "",
          "pages/about",
          "search?q=hub",
          "pages/no-such-page",
          "api/content",
          "sign-in",
          "assets/hub.css"
        }) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isIn(200, 404);
      assertSecurityHeaders(r);
    }
    assertThat(http.get("pages/no-such-page").statusCode()).isEqualTo(404);
  }

  @Test
  void everyPageTypeOfTheBrowserSuiteCarriesTheSecurityHeadersSignedInOrNot() {
    for (String path : BrowserIT.PAGES.values()) {
      HttpResponse<String> r = http.get(path.substring(1));
      assertThat(r.statusCode()).as(path).isLessThan(500);
      assertSecurityHeaders(r);
    }
    SignedIn editor = SignedIn.as(root, "headers", null, "ADMINISTRATOR", "EDITOR");
    for (String path : BrowserIT.SIGNED_IN_PAGES.values()) {
      HttpResponse<String> r = editor.get(path.substring(1));
      assertThat(r.statusCode()).as(path).isLessThan(500);
      assertSecurityHeaders(r);
    }
  }

  private static void assertSecurityHeaders(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .as(r.uri().toString())
        .contains(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy"))
        .contains("strict-origin-when-cross-origin");
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
  }
}
