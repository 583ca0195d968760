package eu.hub.web;

import eu.hub.operations.HubSettings;
import eu.hub.theme.Theme;
import eu.hub.theme.ThemeRenderer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader chose for this request: the language of the Hub's own words ({@code ?ui=sv}, the
 * {@value #COOKIE} cookie the language form sets, or the browser's Accept-Language) and, only when
 * {@code hub.theme.preview=true}, a theme to preview ({@code ?theme=civic}).
 */
@RequestScoped
public class ReaderChoices {

  static final String COOKIE = "hub-ui";

  @Inject HttpServletRequest request;
  @Inject ThemeRenderer renderer;
  @Inject HubSettings settings;

  private Theme theme;
  private String language;

  /** The theme this page is rendered with. */
  public Theme theme() {
    if (theme == null) {
      theme = previewedTheme().flatMap(renderer::theme).orElseGet(renderer::active);
    }
    return theme;
  }

  /** The language of the Hub's words on this page: a language the theme has strings for. */
  public String language() {
    if (language == null) {
      List<String> known = theme().languages();
      language =
          Optional.ofNullable(request.getParameter("ui"))
              .filter(known::contains)
              .or(() -> cookie().filter(known::contains))
              .or(() -> accepted(known))
              .orElse("en");
    }
    return language;
  }

  /** Renders a template of the reader's theme, with {@code ui} added to the model. */
  public String render(String template, Map<String, Object> model) {
    return theme().render(template, withUi(model), Locale.forLanguageTag(language()));
  }

  /** See {@link Theme#renderFirst}. */
  public String renderFirst(List<String> templates, Map<String, Object> model) {
    return theme().renderFirst(templates, withUi(model), Locale.forLanguageTag(language()));
  }

  /** A UI string in the reader's language, for text made in Java (breadcrumbs, titles). */
  public String message(String key, Object... args) {
    return theme().message(language(), key, args);
  }

  /** A UI string, or the fallback (a label from a content type definition) when untranslated. */
  public String messageOr(String key, String fallback) {
    String text = theme().message(language(), key);
    return text.equals(key) ? fallback : text;
  }

  private Map<String, Object> withUi(Map<String, Object> model) {
    Map<String, Object> m = new HashMap<>(model);
    String lang = language();
    Map<String, Object> ui = new HashMap<>();
    ui.put("lang", lang);
    ui.put(
        "languages",
        theme().languages().stream()
            .map(l -> Map.of("code", l, "name", Languages.nativeName(l), "current", l.equals(lang)))
            .toList());
    ui.put("returnTo", currentAddress());
    // Assets of a previewed theme need the same parameter, or the page would get the active CSS.
    ui.put(
        "assetQuery",
        theme() == renderer.active()
            ? ""
            : "?theme=" + URLEncoder.encode(theme().name(), StandardCharsets.UTF_8));
    ui.put("theme", theme().name());
    m.put("ui", ui);
    return m;
  }

  /** The theme asked for with {@code ?theme=}, when previews are allowed. */
  Optional<String> previewedTheme() {
    if (!settings.themePreview()) {
      return Optional.empty();
    }
    return Optional.ofNullable(request.getParameter("theme")).filter(t -> !t.isBlank());
  }

  private Optional<String> cookie() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return Optional.ofNullable(c.getValue());
      }
    }
    return Optional.empty();
  }

  private Optional<String> accepted(List<String> known) {
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    // The container orders the header's languages by their q values.
    for (Locale l : Collections.list(request.getLocales())) {
      if (known.contains(l.getLanguage())) {
        return Optional.of(l.getLanguage());
      }
    }
    return Optional.empty();
  }

  private String currentAddress() {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    if (query != null) {
      // Without ui=: coming back, the chosen language (the cookie) must win.
      query = query.replaceAll("(^|&)ui=[^&]*", "").replaceFirst("^&", "");
    }
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }
}
