package eu.hub.api.plugin;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a plugin may do beyond declaring things. A plugin asks for capabilities in its descriptor;
 * the Hub vets the plugin's bytecode against them when loading it and hands out only the parts of
 * the {@link PluginContext} they allow.
 *
 * @since 0.2
 */
public enum Capability {
  /** Read published items through {@link PluginContext#content()}. */
  CONTENT_READ("content-read"),
  /** Run jobs on the Hub's scheduler through {@link PluginContext#scheduler()}. */
  SCHEDULE("schedule"),
  /** Open network connections itself (sockets, {@code URL.openConnection}). */
  NETWORK("network");

  private final String key;

  Capability(String key) {
    this.key = key;
  }

  /** The name used in the descriptor, for example {@code content-read}. */
  public String key() {
    return key;
  }

  /** The capability a descriptor names, if there is one. */
  public static Optional<Capability> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
