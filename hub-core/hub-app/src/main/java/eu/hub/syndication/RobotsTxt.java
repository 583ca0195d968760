package eu.hub.syndication;

import java.util.List;

/**
 * The rules for crawlers: every public page may be crawled; the JSON API, operator endpoints and
 * administration may not, since they duplicate pages or are not for readers.
 */
public final class RobotsTxt {

  /** Path prefixes crawlers are asked to leave alone. */
  public static final List<String> DISALLOWED =
      List.of("/api/", "/admin/", "/health", "/metrics", "/openapi");

  private RobotsTxt() {}

  /** The robots.txt text, pointing at the sitemap's absolute URL. */
  public static String text(String sitemapUrl) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
    return text.append("\nSitemap: ").append(sitemapUrl).append('\n').toString();
  }
}
