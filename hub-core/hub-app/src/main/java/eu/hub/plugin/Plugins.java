package eu.hub.plugin;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentEvent;
import eu.hub.api.content.ContentEventListener;
import eu.hub.api.content.ContentQuery;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.Contribution;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.plugin.PluginScheduler;
import eu.hub.api.web.AdminMenuEntry;
import eu.hub.api.web.PageRoute;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentSaved;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.operations.HubSettings;
import eu.hub.theme.ThemeRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The plugins of this Hub: loads the JARs of the plugins folder at start-up (and on a rescan),
 * wires what each contributes into the Hub, and switches plugins on and off at run time. Disabling
 * a plugin hides its pages, its types in navigation and its listeners; its stored content stays.
 */
@ApplicationScoped
public class Plugins {

  private static final Logger LOG = Logger.getLogger(Plugins.class.getName());

  /** Failures in a row after which the guard disables a plugin. */
  static final int MAX_FAILURES = 3;

  @Inject HubSettings settings;
  @Inject ContentTypeRegistry types;
  @Inject ThemeRenderer theme;
  @Inject ContentStore store;

  @Resource ManagedThreadFactory managedThreads;

  private final Map<String, LoadedPlugin> byId = new ConcurrentSkipListMap<>();
  private final Map<String, PluginMessages> messages = new ConcurrentSkipListMap<>();
  private PluginGuard guard;
  private ScheduledExecutorService scheduler;
  private ClassLoader apiOnly;

  @PostConstruct
  void start() {
    ThreadFactory threads =
        managedThreads != null ? managedThreads : Thread.ofPlatform().daemon().factory();
    guard = new PluginGuard(settings.pluginTimeLimit(), MAX_FAILURES, 4, threads, this::trip);
    scheduler = Executors.newSingleThreadScheduledExecutor(threads);
    apiOnly = new ApiOnlyClassLoader(Plugins.class.getClassLoader());
  }

  @PreDestroy
  void stop() {
    for (LoadedPlugin p : byId.values()) {
      if (p.callable() && p.descriptor() != null) {
        guard.run(p, "stop", () -> p.plugin().stop());
      }
    }
    scheduler.shutdownNow();
    guard.close();
    for (LoadedPlugin p : byId.values()) {
      try {
        p.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "Closing plugin " + p.id(), e);
      }
    }
  }

  /**
   * Loads every JAR of the plugins folder that is not loaded yet, in name order.
   *
   * @return the plugins loaded by this call (including refused and failed ones)
   */
  public synchronized List<LoadedPlugin> loadNew() {
    Path folder = settings.pluginsDirectory();
    if (!Files.isDirectory(folder)) {
      LOG.info("No plugins folder at " + folder + ": no plugins loaded");
      return List.of();
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(folder)) {
      jars =
          files
              .filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
              .sorted()
              .toList();
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Cannot list the plugins folder " + folder, e);
      return List.of();
    }
    List<LoadedPlugin> loaded = new ArrayList<>();
    for (Path jar : jars) {
      boolean known = byId.values().stream().anyMatch(p -> p.jar().equals(jar));
      if (!known) {
        LoadedPlugin plugin = load(jar);
        byId.put(plugin.id(), plugin);
        loaded.add(plugin);
        if (plugin.isLoaded()) {
          LOG.info(
              "Plugin "
                  + plugin.id()
                  + " "
                  + plugin.descriptor().version()
                  + " loaded from "
                  + jar.getFileName()
                  + " (content types "
                  + plugin.contentTypes()
                  + ", "
                  + plugin.routes().size()
                  + " pages)");
        } else {
          LOG.warning(plugin.lastError());
        }
      }
    }
    return loaded;
  }

  private LoadedPlugin load(Path jar) {
    PluginJar.Opened opened;
    try {
      opened = PluginJar.open(jar, apiOnly);
    } catch (PluginJar.Refusal r) {
      String id = byId.containsKey(r.id) ? r.id + "@" + jar.getFileName() : r.id;
      return LoadedPlugin.notLoaded(id, jar, r.descriptor, r.state, r.getMessage());
    }
    PluginDescriptor d = opened.descriptor();
    LoadedPlugin clash = byId.get(d.id());
    if (clash != null) {
      return LoadedPlugin.notLoaded(
          d.id() + "@" + jar.getFileName(),
          jar,
          d,
          PluginState.REFUSED,
          "Refused plugin '"
              + d.id()
              + "' ("
              + jar.getFileName()
              + "): the id is taken by "
              + clash.jar().getFileName());
    }
    // Making the object runs the plugin's constructor: guarded like every other call.
    PluginGuard.Guarded starting = starting(d, opened.loader());
    Optional<HubPlugin> made =
        guard.call(
            starting, "constructor", () -> opened.entry().getDeclaredConstructor().newInstance());
    if (made.isEmpty()) {
      return LoadedPlugin.notLoaded(
          d.id(), jar, d, PluginState.FAILED, "Could not create the plugin: " + starting);
    }
    LoadedPlugin plugin = LoadedPlugin.loaded(jar, d, opened.loader(), made.get());
    PluginMessages strings = new PluginMessages(opened.loader());
    messages.put(d.id(), strings);
    HubPluginContext context =
        new HubPluginContext(d, settingsOf(d.id()), strings, schedulerFor(plugin), contentQuery());
    plugin.context = context;
    if (!guard.run(plugin, "start", () -> plugin.plugin().start(context))) {
      plugin.state(PluginState.FAILED);
      return plugin;
    }
    if (d.contributes(Contribution.CONTENT_TYPES)) {
      List<ContentType> declared =
          guard
              .call(plugin, "contentTypes", () -> plugin.plugin().contentTypes())
              .orElse(List.of());
      List<String> problems =
          types.register(
              d.id(),
              new HubPlugin() {
                @Override
                public List<ContentType> contentTypes() {
                  return declared;
                }
              });
      if (!problems.isEmpty()) {
        plugin.lastError(String.join("; ", problems));
      }
      plugin.contentTypes =
          declared.stream()
              .map(ContentType::name)
              .filter(n -> types.declaredBy(n).filter(d.id()::equals).isPresent())
              .toList();
    }
    if (d.contributes(Contribution.PAGES)) {
      List<PageRoute> declared =
          guard.call(plugin, "pages", () -> plugin.plugin().pages()).orElse(List.of());
      List<PageRoute> kept = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      for (PageRoute route : declared) {
        // The admin area is the Hub's; a plugin's admin pages live under admin/<its id>/.
        boolean admin = route.path().equals("admin") || route.path().startsWith("admin/");
        if (admin && !route.path().startsWith("admin/" + d.id() + "/")) {
          refused.add(route.path());
        } else {
          kept.add(route);
        }
      }
      if (!refused.isEmpty()) {
        plugin.lastError(
            "Pages left out: "
                + String.join(", ", refused)
                + " (a plugin's admin pages go under admin/"
                + d.id()
                + "/)");
      }
      plugin.routes = List.copyOf(kept);
    }
    if (d.contributes(Contribution.CONTENT_EVENTS)) {
      plugin.listener =
          guard.call(plugin, "contentEvents", () -> plugin.plugin().contentEvents()).orElse(null);
    }
    if (d.contributes(Contribution.ADMIN_MENU)) {
      plugin.adminMenu =
          List.copyOf(
              guard.call(plugin, "adminMenu", () -> plugin.plugin().adminMenu()).orElse(List.of()));
    }
    if (d.contributes(Contribution.TEMPLATES)) {
      theme.addPluginTemplates(d.id(), opened.loader());
    }
    return plugin;
  }

  private PluginGuard.Guarded starting(PluginDescriptor d, ClassLoader loader) {
    return new PluginGuard.Guarded() {
      private final AtomicInteger failures = new AtomicInteger();
      private String error;

      @Override
      public String id() {
        return d.id();
      }

      @Override
      public AtomicInteger failuresInARow() {
        return failures;
      }

      @Override
      public void lastError(String e) {
        error = e;
      }

      @Override
      public boolean callable() {
        return true;
      }

      @Override
      public ClassLoader loader() {
        return loader;
      }

      @Override
      public String toString() {
        return String.valueOf(error);
      }
    };
  }

  private Map<String, String> settingsOf(String id) {
    String prefix = "hub.plugin." + id + ".";
    Map<String, String> values = new HashMap<>();
    Config config = ConfigProvider.getConfig();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(prefix)) {
        config
            .getOptionalValue(name, String.class)
            .ifPresent(v -> values.put(name.substring(prefix.length()), v));
      }
    }
    return values;
  }

  private PluginScheduler schedulerFor(LoadedPlugin plugin) {
    return (period, name, job) -> {
      long millis = Math.max(1000, period.toMillis());
      plugin.jobs.add(
          scheduler.scheduleAtFixedRate(
              () -> {
                if (plugin.callable()) {
                  guard.run(plugin, "job " + name, job);
                }
              },
              millis,
              millis,
              TimeUnit.MILLISECONDS));
    };
  }

  private ContentQuery contentQuery() {
    return new ContentQuery() {
      @Override
      public List<PublishedItem> published(String type) {
        return store.listPublished(type, 0, 10_000).stream().map(Plugins.this::item).toList();
      }

      @Override
      public Optional<PublishedItem> published(String type, String slug) {
        List<ContentItem> found = store.findPublished(type, slug);
        return found.stream()
            .filter(i -> i.language().equals("en"))
            .findFirst()
            .or(() -> found.stream().findFirst())
            .map(Plugins.this::item);
      }
    };
  }

  private PublishedItem item(ContentItem i) {
    String segment = types.byName(i.type()).map(ContentType::urlSegment).orElse(i.type());
    return new PublishedItem(
        i.type(),
        i.slug(),
        i.language(),
        i.title(),
        i.summary(),
        "/" + segment + "/" + i.slug() + ("en".equals(i.language()) ? "" : "?lang=" + i.language()),
        i.publishedAt(),
        FieldValues.read(i.fieldsJson()));
  }

  /** Every plugin, by id. */
  public Collection<LoadedPlugin> all() {
    return List.copyOf(byId.values());
  }

  /** The plugin of that id. */
  public Optional<LoadedPlugin> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Switches a loaded plugin on: its pages, types and listeners come back.
   *
   * @return false when there is no loaded plugin of that id
   */
  public synchronized boolean enable(String id) {
    LoadedPlugin p = byId.get(id);
    if (p == null || !p.isLoaded()) {
      return false;
    }
    if (p.state() == PluginState.ENABLED) {
      return true;
    }
    p.failuresInARow().set(0);
    p.state(PluginState.ENABLED);
    // Started again, as after loading: stop() may have let go of what start() set up.
    if (!guard.run(p, "start", () -> p.plugin().start(p.context))) {
      p.state(PluginState.DISABLED);
      return true;
    }
    types.show(id, true);
    if (p.descriptor().contributes(Contribution.TEMPLATES)) {
      theme.addPluginTemplates(id, p.loader());
    }
    LOG.info("Plugin " + id + " enabled");
    return true;
  }

  /**
   * Switches a loaded plugin off without unloading it.
   *
   * @return false when there is no loaded plugin of that id
   */
  public synchronized boolean disable(String id, String reason) {
    LoadedPlugin p = byId.get(id);
    if (p == null || !p.isLoaded()) {
      return false;
    }
    boolean wasEnabled = p.state() == PluginState.ENABLED;
    p.state(PluginState.DISABLED);
    p.jobs.forEach(job -> job.cancel(false));
    p.jobs.clear();
    if (wasEnabled) {
      guard.call(
          new StoppingView(p),
          "stop",
          () -> {
            p.plugin().stop();
            return Boolean.TRUE;
          });
    }
    if (reason != null) {
      p.lastError(reason);
    }
    types.show(id, false);
    theme.removePluginTemplates(id);
    LOG.warning("Plugin " + id + " disabled: " + (reason == null ? "by an administrator" : reason));
    return true;
  }

  /** Lets the guard call stop() on a plugin that is already marked disabled. */
  private record StoppingView(LoadedPlugin plugin) implements PluginGuard.Guarded {
    @Override
    public String id() {
      return plugin.id();
    }

    @Override
    public AtomicInteger failuresInARow() {
      // Failing to stop does not count towards disabling: it is being disabled already.
      return new AtomicInteger();
    }

    @Override
    public void lastError(String error) {
      plugin.lastError(error);
    }

    @Override
    public boolean callable() {
      return true;
    }

    @Override
    public ClassLoader loader() {
      return plugin.loader();
    }
  }

  private void trip(String id, String reason) {
    disable(id, reason);
  }

  /** A plugin page that answers a path. */
  public record RouteMatch(LoadedPlugin plugin, PageRoute route, Map<String, String> parameters) {}

  /** The enabled plugin page that answers the path (without leading slash), if any. */
  public Optional<RouteMatch> route(String path) {
    String[] segments = path.split("/", -1);
    for (LoadedPlugin p : byId.values()) {
      if (!p.callable()) {
        continue;
      }
      for (PageRoute route : p.routes()) {
        String[] pattern = route.path().split("/", -1);
        if (pattern.length != segments.length) {
          continue;
        }
        Map<String, String> parameters = new HashMap<>();
        boolean matches = true;
        for (int i = 0; i < pattern.length && matches; i++) {
          if (pattern[i].startsWith("{")) {
            matches = segments[i].matches("[a-z0-9][a-z0-9._-]{0,99}");
            parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
          } else {
            matches = pattern[i].equals(segments[i]);
          }
        }
        if (matches) {
          return Optional.of(new RouteMatch(p, route, parameters));
        }
      }
    }
    return Optional.empty();
  }

  /** The guard, for callers that call into plugins (pages). */
  public PluginGuard guard() {
    return guard;
  }

  /** The UI strings of a plugin in a language. */
  public Map<String, String> messages(String id, String language) {
    PluginMessages m = messages.get(id);
    return m == null ? Map.of() : m.all(language);
  }

  /** Every admin menu entry of the enabled plugins. */
  public List<AdminMenuEntry> adminMenu() {
    return byId.values().stream()
        .filter(LoadedPlugin::callable)
        .flatMap(p -> p.adminMenu().stream())
        .toList();
  }

  /** Tells the enabled plugins' listeners, on the scheduler, once the change is committed. */
  void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentSaved saved) {
    ContentEvent event =
        new ContentEvent(
            saved.status() == ContentStatus.PUBLISHED
                ? ContentEvent.Kind.PUBLISHED
                : ContentEvent.Kind.UNPUBLISHED,
            saved.type(),
            saved.slug(),
            saved.language());
    for (LoadedPlugin p : byId.values()) {
      ContentEventListener listener = p.listener;
      if (listener != null && p.callable()) {
        scheduler.execute(() -> guard.run(p, "content event " + event, () -> listener.on(event)));
      }
    }
  }

  /** How long a plugin call may take; exposed for the admin API's description. */
  public Duration timeLimit() {
    return settings.pluginTimeLimit();
  }
}
