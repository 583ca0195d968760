package eu.hub.theme;

import eu.hub.operations.HubSettings;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders pages with the active theme. Templates are looked up in the theme, then in the theme it
 * extends, and so on; a themes folder on disk (setting {@code hub.themes}) wins over the themes
 * bundled with the Hub, so a city can change a template without rebuilding.
 */
@ApplicationScoped
public class ThemeRenderer {

  static final String BUNDLED = "hub-themes/";
  private static final Logger LOG = Logger.getLogger(ThemeRenderer.class.getName());

  @Inject HubSettings settings;

  private PebbleEngine engine;
  private final Map<String, Boolean> existing = new ConcurrentHashMap<>();
  private List<String> chain;
  private final PluginTemplateLoader pluginTemplates = new PluginTemplateLoader();

  @PostConstruct
  void start() {
    chain = themeChain(settings.theme());
    List<Loader<?>> loaders = new ArrayList<>();
    for (String theme : chain) {
      themesOnDisk()
          .map(dir -> dir.resolve(theme).resolve("templates"))
          .filter(Files::isDirectory)
          .ifPresent(
              dir -> {
                FileLoader loader = new FileLoader(dir.toString());
                loader.setSuffix(".peb");
                loaders.add(loader);
              });
      ClasspathLoader bundled = new ClasspathLoader(ThemeRenderer.class.getClassLoader());
      bundled.setPrefix(BUNDLED + theme + "/templates");
      bundled.setSuffix(".peb");
      loaders.add(bundled);
    }
    loaders.add(pluginTemplates);
    engine =
        new PebbleEngine.Builder()
            .loader(new DelegatingLoader(loaders))
            .autoEscaping(true)
            .strictVariables(false)
            .cacheActive(true)
            .build();
  }

  /**
   * Adds a plugin's templates ({@code hub-templates/*.peb} in its JAR) after the theme chain, so
   * that any theme can override them.
   */
  public void addPluginTemplates(String pluginId, ClassLoader jar) {
    pluginTemplates.add(pluginId, jar);
    forgetCompiled();
  }

  /** Takes a disabled plugin's templates out of the lookup. */
  public void removePluginTemplates(String pluginId) {
    pluginTemplates.remove(pluginId);
    forgetCompiled();
  }

  private void forgetCompiled() {
    existing.clear();
    engine.getTemplateCache().invalidateAll();
  }

  /** Renders a template of the active theme with the given plain data. */
  public String render(String template, Map<String, Object> model) {
    PebbleTemplate compiled = engine.getTemplate(template);
    StringWriter out = new StringWriter();
    try {
      compiled.evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders the first of the templates that the theme (or a theme it extends) has, so that a theme
   * can add a template for one content type ({@code item-case-study}) and fall back to a general
   * one ({@code item}). When a special template fails, the page falls back to the general one.
   */
  public String renderFirst(List<String> templates, Map<String, Object> model) {
    for (String template : templates.subList(0, templates.size() - 1)) {
      try {
        if (exists(template)) {
          return render(template, model);
        }
      } catch (RuntimeException broken) {
        // A special template (perhaps a plugin's) that fails must not take the page with it:
        // the general one still shows the content.
        LOG.log(
            Level.SEVERE,
            "Template " + template + " failed; rendering " + templates.get(templates.size() - 1),
            broken);
      }
    }
    return render(templates.get(templates.size() - 1), model);
  }

  private boolean exists(String template) {
    return existing.computeIfAbsent(
        template,
        t -> {
          try {
            engine.getTemplate(t);
            return true;
          } catch (LoaderException notThere) {
            return false;
          }
        });
  }

  /** An asset (CSS, image, script) of the active theme or a theme it extends. */
  public Optional<byte[]> asset(String path) {
    if (path.contains("..") || path.startsWith("/")) {
      return Optional.empty();
    }
    for (String theme : chain) {
      Optional<Path> onDisk =
          themesOnDisk()
              .map(d -> d.resolve(theme).resolve("assets").resolve(path))
              .filter(Files::isRegularFile);
      if (onDisk.isPresent()) {
        try {
          return Optional.of(Files.readAllBytes(onDisk.get()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      try (InputStream in =
          ThemeRenderer.class
              .getClassLoader()
              .getResourceAsStream(BUNDLED + theme + "/assets/" + path)) {
        if (in != null) {
          return Optional.of(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }

  /** The active theme first, then the themes it extends. */
  public List<String> chain() {
    return chain;
  }

  private Optional<Path> themesOnDisk() {
    return settings.themesDirectory();
  }

  private List<String> themeChain(String active) {
    Set<String> seen = new LinkedHashSet<>();
    String current = active;
    while (current != null && !current.isBlank()) {
      if (!seen.add(current)) {
        throw new IllegalStateException("Themes extend each other in a circle: " + seen);
      }
      Properties descriptor = descriptor(current);
      current = descriptor.getProperty("extends");
    }
    return List.copyOf(seen);
  }

  private Properties descriptor(String theme) {
    Properties p = new Properties();
    Optional<Path> onDisk =
        themesOnDisk()
            .map(d -> d.resolve(theme).resolve("theme.properties"))
            .filter(Files::isRegularFile);
    try (InputStream in =
        onDisk.isPresent()
            ? Files.newInputStream(onDisk.get())
            : ThemeRenderer.class
                .getClassLoader()
                .getResourceAsStream(BUNDLED + theme + "/theme.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "Theme '"
                + theme
                + "' not found (no theme.properties in the themes folder or bundled)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
