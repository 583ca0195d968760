package eu.hub.api.plugin;

import java.util.List;

/**
 * A plugin descriptor the Hub refuses; the message names the plugin and every problem, so that its
 * author can fix them all at once.
 *
 * @since 0.2
 */
public final class InvalidDescriptorException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /** The plugin (or file) described and what is wrong with its descriptor. */
  public InvalidDescriptorException(String plugin, List<String> problems) {
    super("Refused " + plugin + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own. */
  public List<String> problems() {
    return problems;
  }
}
