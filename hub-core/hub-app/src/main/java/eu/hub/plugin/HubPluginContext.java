package eu.hub.plugin;

import eu.hub.api.content.ContentQuery;
import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.Messages;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.plugin.PluginScheduler;
import java.util.Map;

/** The context one plugin gets: its parts, each behind the capability it needs. */
final class HubPluginContext implements PluginContext {

  private final PluginDescriptor descriptor;
  private final Map<String, String> settings;
  private final System.Logger logger;
  private final Messages messages;
  private final PluginScheduler scheduler;
  private final ContentQuery content;

  HubPluginContext(
      PluginDescriptor descriptor,
      Map<String, String> settings,
      Messages messages,
      PluginScheduler scheduler,
      ContentQuery content) {
    this.descriptor = descriptor;
    this.settings = Map.copyOf(settings);
    this.logger = new PluginLogger(descriptor.id());
    this.messages = messages;
    this.scheduler = scheduler;
    this.content = content;
  }

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Map<String, String> settings() {
    return settings;
  }

  @Override
  public System.Logger logger() {
    return logger;
  }

  @Override
  public Messages messages() {
    return messages;
  }

  @Override
  public PluginScheduler scheduler() {
    require(Capability.SCHEDULE);
    return scheduler;
  }

  @Override
  public ContentQuery content() {
    require(Capability.CONTENT_READ);
    return content;
  }

  private void require(Capability capability) {
    if (!descriptor.requests(capability)) {
      throw new IllegalStateException(
          "Plugin '"
              + descriptor.id()
              + "' did not ask for the capability '"
              + capability.key()
              + "': add it to capabilities= in its descriptor");
    }
  }
}
