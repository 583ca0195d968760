package eu.hub.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A minimal way for the browser suite to check screens behind sign-in (added with the media
 * library; replace it with the shared sign-in support in BrowserIT when that lands): make an
 * account through the operator API, sign in through the real form, and fetch pages as that person
 * for the Nu HTML Checker.
 */
final class SignedInBrowser {

  private static final String PASSWORD = "violet tram under the old bridge";

  private SignedInBrowser() {}

  /** Creates an account with the given role and signs the browser in with it. */
  static String signIn(Browser browser, String root, String role) {
    String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
    String json =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"roles\":[\""
            + role
            + "\"]}";
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(root + "/api/admin/users"))
                .header("Authorization", "Bearer " + System.getProperty("hub.it.admin.token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + email + ": " + created.body());
    }
    browser.driver.get(root + "/sign-in");
    browser.driver.findElement(By.id("sign-in-email")).sendKeys(email);
    browser.driver.findElement(By.id("sign-in-password")).sendKeys(PASSWORD);
    browser.driver.findElement(By.cssSelector(".sign-in-form button[type=submit]")).click();
    return email;
  }

  /** The HTML of a page as the signed-in browser's session gets it from the server. */
  static String html(Browser browser, String url) {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    return send(request).body();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .build()
          .send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
