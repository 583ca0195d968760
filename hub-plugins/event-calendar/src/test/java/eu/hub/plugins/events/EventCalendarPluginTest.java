package eu.hub.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.FieldKind;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class EventCalendarPluginTest {

  @Test
  void isDiscoverableThroughItsServiceFileAndDeclaresTheEventType() {
    HubPlugin plugin =
        ServiceLoader.load(HubPlugin.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(EventCalendarPlugin.class::isInstance)
            .findFirst()
            .orElseThrow();

    assertThat(plugin.contentTypes()).hasSize(1);
    var event = plugin.contentTypes().get(0);
    assertThat(event.name()).isEqualTo("event");
    assertThat(event.field("start").orElseThrow().kind()).isEqualTo(FieldKind.DATE_TIME);
    assertThat(event.field("start").orElseThrow().isRequired()).isTrue();
    assertThat(event.field("recurrence").orElseThrow().kind()).isEqualTo(FieldKind.RECURRENCE);
  }
}
