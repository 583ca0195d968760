package eu.hub.api;

import eu.hub.api.content.ContentType;
import java.util.List;

/**
 * A plugin's single entry class. The Hub's own content types are contributed through this same
 * interface, so core and plugins use one mechanism.
 *
 * <p>Implement only the hooks you need: every method has a harmless default.
 *
 * @since 0.1
 */
public interface HubPlugin {

  /**
   * The content types this plugin declares. Called once when the plugin is loaded.
   *
   * @return the types, never null
   */
  default List<ContentType> contentTypes() {
    return List.of();
  }
}
