package eu.hub.api;

import eu.hub.api.content.ContentEventListener;
import eu.hub.api.content.ContentType;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.web.AdminMenuEntry;
import eu.hub.api.web.PageRoute;
import java.util.List;

/**
 * A plugin's single entry class. The Hub's own content types are contributed through this same
 * interface, so core and plugins use one mechanism.
 *
 * <p>Implement only the hooks you need: every method has a harmless default. The Hub calls the
 * hooks of the contributions the plugin's descriptor declares, in this order: {@link
 * #start(PluginContext)}, then the others. Every call is guarded: a hook that throws or takes too
 * long is logged, and a plugin that keeps failing is disabled.
 *
 * <p>The entry class needs a public constructor without parameters.
 *
 * @since 0.1
 */
public interface HubPlugin {

  /**
   * Called once before any other hook, with what the Hub hands this plugin. Keep the context if the
   * plugin needs it later.
   *
   * @since 0.2
   */
  default void start(PluginContext context) {}

  /**
   * The content types this plugin declares. Called once when the plugin is loaded.
   *
   * @return the types, never null
   */
  default List<ContentType> contentTypes() {
    return List.of();
  }

  /**
   * The pages this plugin adds. Called once when the plugin is loaded.
   *
   * @since 0.2
   */
  default List<PageRoute> pages() {
    return List.of();
  }

  /**
   * Hears about content being published, unpublished or deleted, while the plugin is enabled.
   *
   * @since 0.2
   */
  default ContentEventListener contentEvents() {
    return event -> {};
  }

  /**
   * Entries of the admin menu, each leading to one of the plugin's pages.
   *
   * @since 0.2
   */
  default List<AdminMenuEntry> adminMenu() {
    return List.of();
  }

  /**
   * Called when the plugin is disabled or the Hub stops. Its scheduled jobs are cancelled by the
   * Hub; {@link #start(PluginContext)} schedules them again when the plugin is enabled.
   *
   * @since 0.2
   */
  default void stop() {}
}
