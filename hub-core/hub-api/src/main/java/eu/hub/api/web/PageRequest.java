package eu.hub.api.web;

import java.util.Map;

/**
 * A request for a plugin page, as plain values.
 *
 * @param path the requested path, without a leading slash
 * @param parameters the values of the route's {@code {parameters}}
 * @param query the query parameters (the first value of each)
 * @param language the language the reader asked for ({@code lang}), {@code en} by default
 * @since 0.2
 */
public record PageRequest(
    String path, Map<String, String> parameters, Map<String, String> query, String language) {

  /** Copies the maps. */
  public PageRequest {
    parameters = Map.copyOf(parameters);
    query = Map.copyOf(query);
  }
}
