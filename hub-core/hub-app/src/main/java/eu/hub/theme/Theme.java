package eu.hub.theme;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One theme with the themes it extends: templates, assets and UI strings are looked up in the
 * theme, then in its parent, and so on. A themes folder on disk wins over the bundled themes at
 * every step, so a city can change one file without rebuilding.
 */
public final class Theme {

  private static final Logger LOG = Logger.getLogger(Theme.class.getName());
  static final String BUNDLED = "hub-themes/";
  static final String FALLBACK_LANGUAGE = "en";

  private final String name;
  private final Optional<Path> themesOnDisk;
  private final ClassLoader classLoader;
  private final Loader<?> last;
  private final List<String> chain;
  private final PebbleEngine engine;
  private final Map<String, Boolean> existing = new ConcurrentHashMap<>();
  private final Map<String, Properties> messages = new ConcurrentHashMap<>();
  private final List<String> languages;

  /**
   * @param themesOnDisk a folder of themes that overrides the bundled ones, if any
   */
  public Theme(String name, Optional<Path> themesOnDisk, ClassLoader classLoader) {
    this(name, themesOnDisk, classLoader, null);
  }

  /**
   * @param themesOnDisk a folder of themes that overrides the bundled ones, if any
   * @param last templates looked up after the whole theme chain (plugins' templates), or null
   */
  public Theme(String name, Optional<Path> themesOnDisk, ClassLoader classLoader, Loader<?> last) {
    this.name = name;
    this.themesOnDisk = themesOnDisk;
    this.classLoader = classLoader;
    this.last = last;
    this.chain = themeChain(name);
    this.engine = engine();
    this.languages = findLanguages();
  }

  /** True when a theme of that name is on disk or bundled. */
  public static boolean exists(String name, Optional<Path> themesOnDisk, ClassLoader classLoader) {
    if (name == null || !name.matches("[a-z0-9-]{1,60}")) {
      return false;
    }
    return themesOnDisk
            .map(d -> Files.isRegularFile(d.resolve(name).resolve("theme.properties")))
            .orElse(false)
        || classLoader.getResource(BUNDLED + name + "/theme.properties") != null;
  }

  public String name() {
    return name;
  }

  /** This theme first, then the themes it extends. */
  public List<String> chain() {
    return chain;
  }

  /** The UI languages some theme of the chain has a messages file for, English always. */
  public List<String> languages() {
    return languages;
  }

  /** Renders a template with the given plain data, UI strings in the given language. */
  public String render(String template, Map<String, Object> model, Locale locale) {
    PebbleTemplate compiled = engine.getTemplate(template);
    StringWriter out = new StringWriter();
    try {
      compiled.evaluate(out, model, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders the first of the templates that the theme (or a theme it extends) has, so that a theme
   * can add a template for one content type ({@code item-case-study}) and fall back to a general
   * one ({@code item}).
   */
  public String renderFirst(List<String> templates, Map<String, Object> model, Locale locale) {
    for (String template : templates.subList(0, templates.size() - 1)) {
      try {
        if (hasTemplate(template)) {
          return render(template, model, locale);
        }
      } catch (RuntimeException broken) {
        // A special template (perhaps a plugin's) that fails must not take the page with it: the
        // general one still shows the content.
        LOG.log(
            Level.SEVERE,
            "Template " + template + " failed; rendering " + templates.get(templates.size() - 1),
            broken);
      }
    }
    return render(templates.get(templates.size() - 1), model, locale);
  }

  /** Forgets compiled templates, after plugins' templates came or went. */
  public void forgetCompiled() {
    existing.clear();
    engine.getTemplateCache().invalidateAll();
  }

  /** True when the theme or a theme it extends has that template. */
  public boolean hasTemplate(String template) {
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

  /**
   * A UI string in the reader's language, else in English, else the key itself (so a missing string
   * shows up on the page instead of breaking it). {@code {0}}, {@code {1}} are replaced by the
   * arguments.
   */
  public String message(String language, String key, Object... args) {
    String text = messages(language).getProperty(key);
    if (text == null) {
      text = messages(FALLBACK_LANGUAGE).getProperty(key, key);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** An asset (CSS, image, script) of the theme or a theme it extends. */
  public Optional<byte[]> asset(String path) {
    if (path.contains("..") || path.startsWith("/")) {
      return Optional.empty();
    }
    for (String theme : chain) {
      Optional<byte[]> found = read(theme, "assets/" + path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Properties messages(String language) {
    return messages.computeIfAbsent(
        language,
        lang -> {
          // The parent first, so that the theme's own strings overwrite what it inherits.
          Properties merged = new Properties();
          for (String theme : chain.reversed()) {
            read(theme, "messages/messages_" + lang + ".properties")
                .ifPresent(
                    bytes -> {
                      try (Reader r =
                          new InputStreamReader(
                              new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                        merged.load(r);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    });
          }
          return merged;
        });
  }

  private List<String> findLanguages() {
    // A class path cannot be listed portably; asking for each ISO language is cheap and done once.
    Set<String> found = new TreeSet<>();
    found.add(FALLBACK_LANGUAGE);
    for (String theme : chain) {
      for (String lang : Locale.getISOLanguages()) {
        if (exists(theme, "messages/messages_" + lang + ".properties")) {
          found.add(lang);
        }
      }
    }
    return List.copyOf(found);
  }

  private boolean exists(String theme, String file) {
    return themesOnDisk.map(d -> Files.isRegularFile(d.resolve(theme).resolve(file))).orElse(false)
        || classLoader.getResource(BUNDLED + theme + "/" + file) != null;
  }

  private Optional<byte[]> read(String theme, String file) {
    Optional<Path> onDisk =
        themesOnDisk.map(d -> d.resolve(theme).resolve(file)).filter(Files::isRegularFile);
    try {
      if (onDisk.isPresent()) {
        return Optional.of(Files.readAllBytes(onDisk.get()));
      }
      try (InputStream in = classLoader.getResourceAsStream(BUNDLED + theme + "/" + file)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PebbleEngine engine() {
    List<Loader<?>> loaders = new ArrayList<>();
    for (String theme : chain) {
      themesOnDisk
          .map(dir -> dir.resolve(theme).resolve("templates"))
          .filter(Files::isDirectory)
          .ifPresent(
              dir -> {
                FileLoader loader = new FileLoader(dir.toString());
                loader.setSuffix(".peb");
                loaders.add(loader);
              });
      ClasspathLoader bundled = new ClasspathLoader(classLoader);
      bundled.setPrefix(BUNDLED + theme + "/templates");
      bundled.setSuffix(".peb");
      loaders.add(bundled);
    }
    if (last != null) {
      loaders.add(last);
    }
    return new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .extension(new MessagesExtension())
        .autoEscaping(true)
        .strictVariables(false)
        .cacheActive(true)
        .build();
  }

  /** {@code t('key', arg0, arg1)} in templates: a UI string in the language of the render. */
  private final class MessagesExtension extends AbstractExtension {
    @Override
    public Map<String, Function> getFunctions() {
      return Map.of(
          "t",
          new Function() {
            @Override
            public List<String> getArgumentNames() {
              return null; // positional: "0" is the key, then the arguments
            }

            @Override
            public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
              String key = String.valueOf(args.get("0"));
              List<Object> rest = new ArrayList<>();
              for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                rest.add(args.get(String.valueOf(i)));
              }
              Locale locale = context.getLocale();
              String lang = locale == null ? FALLBACK_LANGUAGE : locale.getLanguage();
              return message(lang, key, rest.toArray());
            }
          });
    }
  }

  private List<String> themeChain(String active) {
    Set<String> seen = new LinkedHashSet<>();
    String current = active;
    while (current != null && !current.isBlank()) {
      if (!seen.add(current)) {
        throw new IllegalStateException("Themes extend each other in a circle: " + seen);
      }
      current = descriptor(current).getProperty("extends");
    }
    return List.copyOf(seen);
  }

  private Properties descriptor(String theme) {
    Properties p = new Properties();
    byte[] bytes =
        read(theme, "theme.properties")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Theme '"
                            + theme
                            + "' not found (no theme.properties in the themes folder or bundled)"));
    try (Reader r =
        new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("extends") == null ? p : trimmed(p);
  }

  private static Properties trimmed(Properties p) {
    p.setProperty("extends", p.getProperty("extends").strip());
    return p;
  }
}
