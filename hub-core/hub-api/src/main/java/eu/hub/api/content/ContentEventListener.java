package eu.hub.api.content;

/**
 * Hears about content events. Called on the Hub's threads through its fault guard: keep it short,
 * and schedule longer work instead.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ContentEventListener {

  /** Handles one event. */
  void on(ContentEvent event);
}
