package eu.hub.plugins.events;

import eu.hub.api.content.ContentQuery;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.Messages;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.plugin.PluginScheduler;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plugin context over a fixed list of published items, for tests without a Hub. */
record FakeContext(List<PublishedItem> items) implements PluginContext {

  @Override
  public PluginDescriptor descriptor() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("site-url", "https://hub.example.eu");
  }

  @Override
  public System.Logger logger() {
    return System.getLogger("test");
  }

  @Override
  public Messages messages() {
    return new Messages() {
      @Override
      public String get(String key, String language) {
        return key;
      }

      @Override
      public Map<String, String> all(String language) {
        return Map.of();
      }
    };
  }

  @Override
  public PluginScheduler scheduler() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ContentQuery content() {
    return new ContentQuery() {
      @Override
      public List<PublishedItem> published(String type) {
        return items.stream().filter(i -> i.type().equals(type)).toList();
      }

      @Override
      public Optional<PublishedItem> published(String type, String slug) {
        return published(type).stream().filter(i -> i.slug().equals(slug)).findFirst();
      }
    };
  }
}
