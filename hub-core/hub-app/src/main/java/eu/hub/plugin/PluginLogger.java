package eu.hub.plugin;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A plugin's logger: the Hub's logging, each message prefixed with the plugin's id. */
final class PluginLogger implements System.Logger {

  private final String id;
  private final System.Logger delegate;

  PluginLogger(String id) {
    this.id = id;
    this.delegate = System.getLogger("eu.hub.plugin." + id);
  }

  @Override
  public String getName() {
    return delegate.getName();
  }

  @Override
  public boolean isLoggable(Level level) {
    return delegate.isLoggable(level);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    delegate.log(level, bundle, "[" + id + "] " + msg, thrown);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    delegate.log(level, bundle, "[" + id + "] " + format, params);
  }

  @Override
  public void log(Level level, Supplier<String> msgSupplier) {
    delegate.log(level, () -> "[" + id + "] " + msgSupplier.get());
  }
}
