package eu.hub.plugin;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentEventListener;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.web.AdminMenuEntry;
import eu.hub.api.web.PageRoute;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One plugin JAR as the Hub holds it: what its descriptor says, its state, its class loader and
 * entry object (when loaded), and what it contributed.
 */
public final class LoadedPlugin implements PluginGuard.Guarded {

  private final String id;
  private final Path jar;
  private final PluginDescriptor descriptor;
  private final URLClassLoader loader;
  private final HubPlugin plugin;
  private volatile PluginState state;
  private volatile String lastError;
  private final AtomicInteger failures = new AtomicInteger();
  volatile List<PageRoute> routes = List.of();
  volatile ContentEventListener listener;
  volatile List<AdminMenuEntry> adminMenu = List.of();
  volatile List<String> contentTypes = List.of();
  final List<Future<?>> jobs = new CopyOnWriteArrayList<>();
  volatile PluginContext context;

  private LoadedPlugin(
      String id,
      Path jar,
      PluginDescriptor descriptor,
      URLClassLoader loader,
      HubPlugin plugin,
      PluginState state,
      String lastError) {
    this.id = id;
    this.jar = jar;
    this.descriptor = descriptor;
    this.loader = loader;
    this.plugin = plugin;
    this.state = state;
    this.lastError = lastError;
  }

  /** A plugin that loaded. */
  static LoadedPlugin loaded(
      Path jar, PluginDescriptor descriptor, URLClassLoader loader, HubPlugin plugin) {
    return new LoadedPlugin(
        descriptor.id(), jar, descriptor, loader, plugin, PluginState.ENABLED, null);
  }

  /** A plugin that did not load, and why. */
  static LoadedPlugin notLoaded(
      String id, Path jar, PluginDescriptor descriptor, PluginState state, String reason) {
    return new LoadedPlugin(id, jar, descriptor, null, null, state, reason);
  }

  @Override
  public String id() {
    return id;
  }

  /** The JAR it came from. */
  public Path jar() {
    return jar;
  }

  /** Its descriptor; null when the descriptor itself was refused. */
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  /** The entry object; null when it did not load. */
  HubPlugin plugin() {
    return plugin;
  }

  public PluginState state() {
    return state;
  }

  void state(PluginState newState) {
    this.state = newState;
  }

  /** The last thing that went wrong, or null. */
  public String lastError() {
    return lastError;
  }

  @Override
  public void lastError(String error) {
    this.lastError = error;
  }

  @Override
  public AtomicInteger failuresInARow() {
    return failures;
  }

  @Override
  public boolean callable() {
    return plugin != null && state == PluginState.ENABLED;
  }

  /** Whether it loaded (enabled or disabled), as opposed to refused or failed. */
  public boolean isLoaded() {
    return plugin != null;
  }

  @Override
  public ClassLoader loader() {
    return loader;
  }

  /** The names of the content types it registered. */
  public List<String> contentTypes() {
    return contentTypes;
  }

  /** Its admin menu entries. */
  public List<AdminMenuEntry> adminMenu() {
    return adminMenu;
  }

  /** Its pages. */
  public List<PageRoute> routes() {
    return routes;
  }

  /** Closes its class loader; the plugin is unusable after. */
  void close() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }
}
