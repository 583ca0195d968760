package eu.hub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

  static final String VALID =
      """
      # The event calendar
      id=event-calendar
      name=Event calendar
      version=1.2.0
      description=Events.
      hub-api=[0.2,1.0)
      entry=eu.hub.plugins.events.EventCalendarPlugin
      contributes=content-types, pages
      capabilities=content-read
      """;

  static PluginDescriptor read(String text) throws IOException {
    return PluginDescriptor.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "events.jar");
  }

  @Test
  void aCompleteDescriptorIsRead() throws IOException {
    PluginDescriptor d = read(VALID);

    assertThat(d.id()).isEqualTo("event-calendar");
    assertThat(d.name()).isEqualTo("Event calendar");
    assertThat(d.version()).isEqualTo("1.2.0");
    assertThat(d.entryClass()).isEqualTo("eu.hub.plugins.events.EventCalendarPlugin");
    assertThat(d.contributions())
        .containsExactlyInAnyOrder(Contribution.CONTENT_TYPES, Contribution.PAGES);
    assertThat(d.capabilities()).containsExactly(Capability.CONTENT_READ);
    assertThat(d.hubApi().includes(ApiVersion.CURRENT)).isTrue();
  }

  @Test
  void anUnknownKeyIsRefusedNamingThePluginAndTheKey() {
    assertThatThrownBy(() -> read(VALID + "colour=blue\n"))
        .isInstanceOf(InvalidDescriptorException.class)
        .hasMessageContaining("plugin 'event-calendar' (events.jar)")
        .hasMessageContaining("unknown key 'colour'");
  }

  @Test
  void missingKeysAreAllNamed() {
    assertThatThrownBy(() -> read("id=lonely\n"))
        .isInstanceOf(InvalidDescriptorException.class)
        .hasMessageContaining("plugin 'lonely'")
        .hasMessageContaining("missing key 'name'")
        .hasMessageContaining("missing key 'version'")
        .hasMessageContaining("missing key 'hub-api'")
        .hasMessageContaining("missing key 'entry'");
  }

  @Test
  void aDescriptorWithoutIdIsNamedByItsFile() {
    assertThatThrownBy(() -> read("name=Nameless\n")).hasMessageStartingWith("Refused events.jar:");
  }

  @Test
  void anApiRangeThatExcludesThisHubIsRefusedNamingBothVersions() {
    assertThatThrownBy(() -> read(VALID.replace("[0.2,1.0)", "[1.0,2.0)")))
        .isInstanceOf(InvalidDescriptorException.class)
        .hasMessageContaining("plugin 'event-calendar'")
        .hasMessageContaining("needs hub-api [1.0.0,2.0.0)")
        .hasMessageContaining("provides hub-api " + ApiVersion.CURRENT);
  }

  @Test
  void aKeyGivenTwiceAndUnknownCapabilitiesAreRefused() {
    assertThatThrownBy(() -> read(VALID + "id=again\ncapabilities=root\n"))
        .hasMessageContaining("key 'id' given twice")
        .hasMessageContaining("key 'capabilities' given twice");
    assertThatThrownBy(() -> read(VALID.replace("content-read", "everything")))
        .hasMessageContaining("unknown capability 'everything'");
  }

  @Test
  void versionRangesIncludeAndExcludeTheirBounds() {
    assertThat(VersionRange.parse("[0.2,1.0)").includes(ApiVersion.parse("0.2"))).isTrue();
    assertThat(VersionRange.parse("[0.2,1.0)").includes(ApiVersion.parse("1.0"))).isFalse();
    assertThat(VersionRange.parse("(0.2,1.0]").includes(ApiVersion.parse("0.2.0"))).isFalse();
    assertThat(VersionRange.parse("(0.2,1.0]").includes(ApiVersion.parse("1.0"))).isTrue();
    assertThat(VersionRange.parse("0.2").includes(ApiVersion.parse("7.1"))).isTrue();
    assertThat(VersionRange.parse("[0.2,)").includes(ApiVersion.parse("0.1.9"))).isFalse();
    assertThatThrownBy(() -> VersionRange.parse("[1.0,0.5)"))
        .hasMessageContaining("upper bound is below");
  }

  @Test
  void theApiVersionInCodeIsTheArtifactsVersion() {
    String artifact = System.getProperty("hub.api.version");
    assertThat(artifact).as("set by the build").isNotNull();
    assertThat(artifact.replace("-SNAPSHOT", "")).isEqualTo(ApiVersion.CURRENT.toString());
  }
}
