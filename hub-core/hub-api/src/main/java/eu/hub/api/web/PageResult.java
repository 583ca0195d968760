package eu.hub.api.web;

import java.util.Map;
import java.util.Objects;

/**
 * What a plugin page shows: either a template of the theme (or of the plugin) rendered with plain
 * data, or a document the plugin wrote itself (a calendar file, a feed).
 *
 * <p>Data values should be plain: strings, numbers, booleans, lists and maps of those, or records
 * with public accessors. Templates see them next to the Hub's own {@code site} and {@code page}.
 *
 * @since 0.2
 */
public final class PageResult {

  private final String template;
  private final String title;
  private final Map<String, Object> data;
  private final String mediaType;
  private final String body;

  private PageResult(
      String template, String title, Map<String, Object> data, String mediaType, String body) {
    this.template = template;
    this.title = title;
    this.data = data;
    this.mediaType = mediaType;
    this.body = body;
  }

  /**
   * A page rendered from a template.
   *
   * @param template the template's name, for example {@code events-month}
   * @param title the page's title
   * @param data what the template shows
   */
  public static PageResult page(String template, String title, Map<String, Object> data) {
    return new PageResult(
        Objects.requireNonNull(template, "template"),
        Objects.requireNonNull(title, "title"),
        Map.copyOf(data),
        null,
        null);
  }

  /**
   * A document the plugin wrote, served as it is.
   *
   * @param mediaType for example {@code text/calendar; charset=utf-8}
   */
  public static PageResult document(String mediaType, String body) {
    return new PageResult(
        null,
        null,
        Map.of(),
        Objects.requireNonNull(mediaType, "mediaType"),
        Objects.requireNonNull(body, "body"));
  }

  /** Whether this is a document rather than a templated page. */
  public boolean isDocument() {
    return template == null;
  }

  /** The template to render; null for a document. */
  public String template() {
    return template;
  }

  /** The page's title; null for a document. */
  public String title() {
    return title;
  }

  /** The template's data; empty for a document. */
  public Map<String, Object> data() {
    return data;
  }

  /** The document's media type; null for a page. */
  public String mediaType() {
    return mediaType;
  }

  /** The document; null for a page. */
  public String body() {
    return body;
  }
}
