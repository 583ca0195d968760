package eu.hub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests of the Hub's forms: keeps its cookies, follows no redirects,
 * reads the CSRF token from the last page, and can sign in as an editor created through the
 * operator's user API. It can also speak from its own loopback address (127.0.0.x), so that tests
 * of per-address limits do not share one allowance.
 */
public final class SignedInClient {

  public static final String PASSWORD = "violet tram under the old bridge";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_.-]+)\"");

  private final URI root;
  private final HttpClient client;
  private String lastCsrf;

  /** A client with its own cookies, speaking from the default address. */
  public SignedInClient(URI root) {
    this(root, null);
  }

  /** A client speaking from the given loopback address, such as "127.0.0.12". */
  public SignedInClient(URI root, String localAddress) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5));
    URI base = root.toString().endsWith("/") ? root : URI.create(root + "/");
    if (localAddress != null) {
      try {
        builder.localAddress(InetAddress.getByName(localAddress));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(e);
      }
      // Bound to an IPv4 loopback address, the client must also talk to IPv4 loopback.
      base = URI.create(base.toString().replaceFirst("//(localhost|\\[::1\\])", "//127.0.0.1"));
    }
    this.root = base;
    this.client = builder.build();
  }

  /** A new account through {@code POST /api/admin/users}; answers its email address. */
  public static String createAccount(URI root, String token, String who, String roles) {
    return createAccount(root, token, who, roles, "");
  }

  /** A new account with more JSON members, such as {@code ,"partner":"angus-council"}. */
  public static String createAccount(
      URI root, String token, String who, String roles, String extra) {
    String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
    SignedInClient api = new SignedInClient(root);
    HttpResponse<String> created =
        api.send(
            HttpRequest.newBuilder(api.root.resolve("api/admin/users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\""
                            + email
                            + "\",\"password\":\""
                            + PASSWORD
                            + "\",\"roles\":["
                            + roles
                            + "]"
                            + extra
                            + "}")));
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + email + ": " + created.body());
    }
    return email;
  }

  /** Signs in through the form; throws unless the Hub answered with the redirect to /admin. */
  public SignedInClient signIn(String email) {
    get("sign-in");
    HttpResponse<String> done = post("sign-in", Map.of("email", email, "password", PASSWORD));
    if (done.statusCode() != 303) {
      throw new IllegalStateException("Sign-in of " + email + " answered " + done.statusCode());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(resolve(path)).GET());
    Matcher m = CSRF.matcher(page.body());
    if (m.find()) {
      lastCsrf = m.group(1);
    }
    return page;
  }

  /** Posts the form with the CSRF token of the last page this client got. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    if (lastCsrf != null) {
      all.put("csrf", lastCsrf);
    }
    all.putAll(fields);
    return postRaw(path, all);
  }

  /** Posts exactly these fields, without adding the CSRF token. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The path and query a redirect points to, relative to the root. */
  public static String location(HttpResponse<String> response) {
    String to = response.headers().firstValue("Location").orElseThrow();
    URI u = URI.create(to);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  private URI resolve(String path) {
    return root.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
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

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
