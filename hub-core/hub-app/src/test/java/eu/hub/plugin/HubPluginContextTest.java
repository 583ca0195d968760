package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.plugin.VersionRange;
import eu.hub.testkit.PluginJarBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubPluginContextTest {

  @TempDir Path dir;

  static PluginDescriptor descriptor(Set<Capability> capabilities) {
    return new PluginDescriptor(
        "quiet",
        "Quiet",
        "1",
        "",
        VersionRange.parse("0.2"),
        "example.Quiet",
        Set.of(),
        capabilities);
  }

  @Test
  void partsBehindACapabilityTheDescriptorDidNotAskForAreRefusedNamingIt() {
    HubPluginContext context =
        new HubPluginContext(descriptor(Set.of()), Map.of("colour", "blue"), null, null, null);

    assertThat(context.settings()).containsEntry("colour", "blue");
    assertThatThrownBy(context::content)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Plugin 'quiet' did not ask for the capability 'content-read'");
    assertThatThrownBy(context::scheduler).hasMessageContaining("'schedule'");
  }

  @Test
  void uiStringsFallBackToEnglishThenToTheKey() throws Exception {
    Path jar =
        new PluginJarBuilder()
            .resource("hub-messages/messages_en.properties", "hello=Hello\nbye=Goodbye\n")
            .resource("hub-messages/messages_sv.properties", "hello=Hej\n")
            .writeTo(dir.resolve("strings.jar"));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      PluginMessages messages = new PluginMessages(loader);

      assertThat(messages.get("hello", "sv")).isEqualTo("Hej");
      assertThat(messages.get("bye", "sv")).isEqualTo("Goodbye");
      assertThat(messages.get("missing", "sv")).isEqualTo("missing");
      assertThat(messages.get("hello", "../../etc")).isEqualTo("Hello");
    }
  }
}
