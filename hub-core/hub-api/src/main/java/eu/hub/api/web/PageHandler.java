package eu.hub.api.web;

import java.util.Optional;

/**
 * Answers requests for one {@link PageRoute}: returns what to render, or empty when there is
 * nothing at that address (the Hub answers 404).
 *
 * @since 0.2
 */
@FunctionalInterface
public interface PageHandler {

  /** What to show for the request. */
  Optional<PageResult> handle(PageRequest request);
}
