package eu.hub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the admin screens over HTTP, as a browser without JavaScript would: their own
 * cookies, redirects not followed, forms posted with the CSRF token read from the page. Accounts
 * are made through the operator API with the IT's admin token.
 */
public final class SignedIn {

  public static final String PASSWORD = "violet tram under the old bridge";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_.-]+)\"");

  private final URI root;
  private final HttpClient client;
  public final String email;

  private SignedIn(URI root, String email) {
    this.root = root;
    this.email = email;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A new account with the roles (and partner, or null), signed in. */
  public static SignedIn as(URI root, String who, String partner, String... roles) {
    String email = unique(who);
    HttpResponse<String> created = createAccount(root, email, partner, roles);
    if (created.statusCode() != 201) {
      throw new AssertionError("account not created: " + created.body());
    }
    SignedIn session = new SignedIn(root, email);
    HttpResponse<String> form = session.get("sign-in");
    HttpResponse<String> signedIn =
        session.post(
            "sign-in",
            "csrf=" + csrfFrom(form) + "&email=" + enc(email) + "&password=" + enc(PASSWORD));
    if (signedIn.statusCode() != 303) {
      throw new AssertionError("not signed in: " + signedIn.statusCode() + " " + signedIn.body());
    }
    return session;
  }

  /**
   * A browser with its own cookies that has not signed in (yet): for other ways in than the form.
   */
  public static SignedIn anonymous(URI root) {
    return new SignedIn(root, null);
  }

  public static HttpResponse<String> createAccount(
      URI root, String email, String partner, String... roles) {
    List<String> quoted = new ArrayList<>();
    for (String r : roles) {
      quoted.add("\"" + r + "\"");
    }
    String json =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"roles\":["
            + String.join(",", quoted)
            + "]"
            + (partner == null ? "" : ",\"partner\":\"" + partner + "\"")
            + "}";
    return send(
        HttpClient.newHttpClient(),
        HttpRequest.newBuilder(root.resolve("api/admin/users"))
            .header("Authorization", "Bearer " + System.getProperty("hub.it.admin.token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String path) {
    return send(client, HttpRequest.newBuilder(root.resolve(path)).GET());
  }

  /** Posts a form; {@code form} is already URL-encoded, without the CSRF token. */
  public HttpResponse<String> post(String path, String form) {
    return send(
        client,
        HttpRequest.newBuilder(root.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts a form with the CSRF token of the page the form is on. */
  public HttpResponse<String> submit(HttpResponse<String> page, String path, String form) {
    return post(path, "csrf=" + csrfFrom(page) + (form.isEmpty() ? "" : "&" + form));
  }

  /**
   * Posts a multipart form (an upload to the media library) with this person's cookies; {@code
   * body} is already encoded with {@code boundary}, its first field the CSRF token.
   */
  public HttpResponse<String> postMultipart(String path, String boundary, byte[] body) {
    return send(
        client,
        HttpRequest.newBuilder(root.resolve(path))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** The path a 303 leads to, without the host. */
  public static String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return URI.create(location).getRawPath()
        + (URI.create(location).getRawQuery() == null
            ? ""
            : "?" + URI.create(location).getRawQuery());
  }

  public static String csrfFrom(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no CSRF field in " + page.body());
    }
    return m.group(1);
  }

  /** Form encoding of name=value pairs. */
  public static String form(String... pairs) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parts.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
    }
    return String.join("&", parts);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public static String unique(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
