package eu.hub.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Hub's settings, from MicroProfile Config: system properties ({@code -Dhub.data=...}) or
 * environment variables ({@code HUB_DATA=...}).
 */
@ApplicationScoped
public class HubSettings {

  @Inject
  @ConfigProperty(name = "hub.data", defaultValue = "data")
  String data;

  @Inject
  @ConfigProperty(name = "hub.content", defaultValue = "content")
  String content;

  @Inject
  @ConfigProperty(name = "hub.theme", defaultValue = "default")
  String theme;

  @Inject
  @ConfigProperty(name = "hub.themes")
  Optional<String> themes;

  @Inject
  @ConfigProperty(name = "hub.site.name", defaultValue = "Local Innovation Hub")
  String siteName;

  @Inject
  @ConfigProperty(name = "hub.site.url")
  Optional<String> siteUrl;

  @Inject
  @ConfigProperty(name = "hub.theme.preview", defaultValue = "false")
  boolean themePreview;

  @Inject
  @ConfigProperty(name = "hub.accessibility.organisation")
  Optional<String> accessibilityOrganisation;

  @Inject
  @ConfigProperty(name = "hub.accessibility.email", defaultValue = "accessibility@example.org")
  String accessibilityEmail;

  @Inject
  @ConfigProperty(name = "hub.accessibility.status", defaultValue = "partial")
  String accessibilityStatus;

  @Inject
  @ConfigProperty(name = "hub.accessibility.reviewed", defaultValue = "2026-11-25")
  String accessibilityReviewed;

  @Inject
  @ConfigProperty(name = "hub.plugins")
  Optional<String> plugins;

  @Inject
  @ConfigProperty(name = "hub.plugin.time-limit-ms", defaultValue = "5000")
  long pluginTimeLimitMs;

  /** The plugins folder: {@code hub.plugins}, by default {@code plugins} in the data directory. */
  public Path pluginsDirectory() {
    return plugins
        .filter(p -> !p.isBlank())
        .map(p -> Path.of(p).toAbsolutePath().normalize())
        .orElseGet(() -> dataDirectory().resolve("plugins"));
  }

  /** How long one call into a plugin may take before the Hub gives up on it. */
  public Duration pluginTimeLimit() {
    return Duration.ofMillis(Math.max(10, pluginTimeLimitMs));
  }

  /** The data directory: database (when embedded), search index, media. */
  public Path dataDirectory() {
    return Path.of(data).toAbsolutePath().normalize();
  }

  /** The content folder loaded at start-up. */
  public Path contentDirectory() {
    return Path.of(content).toAbsolutePath().normalize();
  }

  /** The name of the active theme. */
  public String theme() {
    return theme;
  }

  /** A folder of themes on disk that overrides the bundled ones, if set. */
  public Optional<Path> themesDirectory() {
    return themes.filter(t -> !t.isBlank()).map(Path::of);
  }

  /** The site's name, shown in the header and titles. */
  public String siteName() {
    return siteName;
  }

  /**
   * The public address of the site ({@code https://hub.example.eu}), for links that leave the site:
   * feeds, the sitemap, robots.txt. When unset, the address of the request is used, which is wrong
   * behind a proxy that rewrites the host.
   */
  public Optional<String> siteUrl() {
    return siteUrl
        .map(String::strip)
        .filter(u -> !u.isEmpty())
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /**
   * Whether a reader may preview another theme with {@code ?theme=NAME}. Off by default: it is for
   * theme authors and the browser tests, not for production.
   */
  public boolean themePreview() {
    return themePreview;
  }

  /** The organisation responsible for the site, named in the accessibility statement. */
  public String accessibilityOrganisation() {
    return accessibilityOrganisation.map(String::strip).filter(o -> !o.isEmpty()).orElse(siteName);
  }

  /** Where readers report accessibility problems. */
  public String accessibilityEmail() {
    return accessibilityEmail.strip();
  }

  /**
   * How far the site complies with WCAG 2.1 AA / EN 301 549: {@code full}, {@code partial} or
   * {@code not}; anything else counts as {@code partial}, the honest default.
   */
  public String accessibilityStatus() {
    String s = accessibilityStatus.strip().toLowerCase(java.util.Locale.ROOT);
    return s.equals("full") || s.equals("not") ? s : "partial";
  }

  /** The date (ISO 8601) the accessibility statement was last reviewed. */
  public String accessibilityReviewed() {
    return accessibilityReviewed.strip();
  }
}
