package eu.hub.theme;

import eu.hub.operations.HubSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders pages with the active theme (setting {@code hub.theme}). Templates are looked up in the
 * theme, then in the theme it extends, and so on; a themes folder on disk (setting {@code
 * hub.themes}) wins over the themes bundled with the Hub, so a city can change a template without
 * rebuilding. Other themes are only rendered when theme preview is on (see {@link #theme(String)}).
 */
@ApplicationScoped
public class ThemeRenderer {

  static final String BUNDLED = Theme.BUNDLED;

  @Inject HubSettings settings;

  private final Map<String, Theme> themes = new ConcurrentHashMap<>();
  private final PluginTemplateLoader pluginTemplates = new PluginTemplateLoader();
  private Theme active;

  @PostConstruct
  void start() {
    active = newTheme(settings.theme());
    themes.put(active.name(), active);
  }

  /**
   * Adds a plugin's templates ({@code hub-templates/*.peb} in its JAR) after every theme's chain,
   * so that any theme can override them.
   */
  public void addPluginTemplates(String pluginId, ClassLoader jar) {
    pluginTemplates.add(pluginId, jar);
    themes.values().forEach(Theme::forgetCompiled);
  }

  /** Takes a disabled plugin's templates out of the lookup. */
  public void removePluginTemplates(String pluginId) {
    pluginTemplates.remove(pluginId);
    themes.values().forEach(Theme::forgetCompiled);
  }

  private Theme newTheme(String name) {
    return new Theme(name, settings.themesDirectory(), classLoader(), pluginTemplates);
  }

  /** The theme chosen by configuration. */
  public Theme active() {
    return active;
  }

  /**
   * A theme by name, loaded once, or empty when there is no such theme. Callers decide whether a
   * reader may choose it: the public site only allows it with {@code hub.theme.preview=true}.
   */
  public Optional<Theme> theme(String name) {
    if (themes.containsKey(name)) {
      return Optional.of(themes.get(name));
    }
    if (!Theme.exists(name, settings.themesDirectory(), classLoader())) {
      return Optional.empty();
    }
    return Optional.of(themes.computeIfAbsent(name, this::newTheme));
  }

  /** Renders a template of the active theme with the given plain data, UI strings in English. */
  public String render(String template, Map<String, Object> model) {
    return active.render(template, model, Locale.ENGLISH);
  }

  /** See {@link Theme#renderFirst}. */
  public String renderFirst(List<String> templates, Map<String, Object> model) {
    return active.renderFirst(templates, model, Locale.ENGLISH);
  }

  /** An asset (CSS, image, script) of the active theme or a theme it extends. */
  public Optional<byte[]> asset(String path) {
    return active.asset(path);
  }

  /** The active theme first, then the themes it extends. */
  public List<String> chain() {
    return active.chain();
  }

  private static ClassLoader classLoader() {
    return ThemeRenderer.class.getClassLoader();
  }
}
