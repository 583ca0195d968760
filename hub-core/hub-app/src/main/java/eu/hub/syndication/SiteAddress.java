package eu.hub.syndication;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's public address and the absolute URLs built on it. Feeds and sitemaps are read away
 * from the site, so every link in them must be absolute.
 *
 * <p>The configured {@code hub.site.url} wins over the address of the request: behind a proxy the
 * request may name an internal host, and feed entry ids must not change with the host a reader
 * happened to use.
 */
public final class SiteAddress {

  private final String base;

  private SiteAddress(String base) {
    this.base = base;
  }

  /**
   * The configured address when it is an absolute http(s) URL, otherwise the request's base URI.
   *
   * @throws IllegalArgumentException when a configured address is not an absolute http(s) URL
   */
  public static SiteAddress of(Optional<String> configured, URI requestBase) {
    if (configured.isPresent()) {
      URI uri = URI.create(configured.get().strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "hub.site.url must be an absolute http or https address such as"
                + " https://hub.example.eu, not '"
                + configured.get()
                + "'");
      }
      return new SiteAddress(withoutTrailingSlash(uri.toString()));
    }
    return new SiteAddress(withoutTrailingSlash(requestBase.toString()));
  }

  private static String withoutTrailingSlash(String s) {
    String result = s;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** The base address without a trailing slash, for example {@code https://hub.example.eu}. */
  public String base() {
    return base;
  }

  /** The host name, the authority of the site's {@code tag:} URIs. */
  public String host() {
    return URI.create(base).getHost();
  }

  /** The absolute URL of a site path such as {@code /case-studies}. */
  public String absolute(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * The path of an item's page. Other languages than English carry a {@code lang} parameter, as on
   * the site's own pages.
   */
  public static String itemPath(String segment, String slug, String language) {
    return "/"
        + segment
        + "/"
        + slug
        + ("en".equals(language)
            ? ""
            : "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
  }
}
