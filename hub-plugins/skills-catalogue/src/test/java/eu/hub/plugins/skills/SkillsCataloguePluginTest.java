package eu.hub.plugins.skills;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.HubPlugin;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SkillsCataloguePluginTest {

  @Test
  void isDiscoverableThroughItsServiceFileAndDeclaresTheOfferType() {
    HubPlugin plugin =
        ServiceLoader.load(HubPlugin.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(SkillsCataloguePlugin.class::isInstance)
            .findFirst()
            .orElseThrow();

    var offer = plugin.contentTypes().get(0);
    assertThat(offer.name()).isEqualTo("skills-offer");
    assertThat(offer.urlSegment()).isEqualTo("skills");
    assertThat(offer.field("format").orElseThrow().options())
        .containsExactly("online", "in-person", "blended");
  }
}
