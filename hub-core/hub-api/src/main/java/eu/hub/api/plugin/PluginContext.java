package eu.hub.api.plugin;

import eu.hub.api.content.ContentQuery;
import java.util.Map;

/**
 * What the Hub hands a plugin in {@link eu.hub.api.HubPlugin#start(PluginContext)}: a few small
 * capabilities, never the engine. Parts that need a {@link Capability} the plugin did not ask for
 * throw {@link IllegalStateException} naming it.
 *
 * @since 0.2
 */
public interface PluginContext {

  /** The plugin's own descriptor. */
  PluginDescriptor descriptor();

  /**
   * The plugin's settings: the Hub's configuration keys {@code hub.plugin.<id>.<name>}, by {@code
   * name}. Never null.
   */
  Map<String, String> settings();

  /** A logger whose messages carry the plugin's id. */
  System.Logger logger();

  /** The plugin's UI strings, from {@code hub-messages/messages_<lang>.properties} in its JAR. */
  Messages messages();

  /**
   * Runs jobs on the Hub's scheduler (a plugin starts no threads of its own).
   *
   * @throws IllegalStateException without {@link Capability#SCHEDULE}
   */
  PluginScheduler scheduler();

  /**
   * Reads published items.
   *
   * @throws IllegalStateException without {@link Capability#CONTENT_READ}
   */
  ContentQuery content();
}
