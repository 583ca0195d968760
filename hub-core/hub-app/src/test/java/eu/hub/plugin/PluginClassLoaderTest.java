package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hub.api.HubPlugin;
import eu.hub.testkit.PluginJarBuilder;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginClassLoaderTest {

  @TempDir Path dir;

  @Test
  void aPluginCannotLoadTheHubsClassesButSharesTheApiWithIt() throws Exception {
    Path jar =
        new PluginJarBuilder()
            .source(
                "example.Curious",
                """
                package example;
                public class Curious implements eu.hub.api.HubPlugin,
                    java.util.function.Supplier<String> {
                  public String get() {
                    try {
                      Class.forName("eu.hub.content.ContentStore");
                      return "reached the content store";
                    } catch (ClassNotFoundException e) {
                      return "not found: " + e.getMessage();
                    }
                  }
                }
                """)
            .descriptor(
                """
                id=curious
                name=Curious
                version=1.0
                hub-api=0.2
                entry=example.Curious
                """)
            .writeTo(dir.resolve("curious.jar"));

    PluginJar.Opened opened =
        PluginJar.open(jar, new ApiOnlyClassLoader(getClass().getClassLoader()));
    HubPlugin plugin = opened.entry().getDeclaredConstructor().newInstance();

    @SuppressWarnings("unchecked")
    String answer = ((Supplier<String>) plugin).get();
    assertThat(answer).isEqualTo("not found: eu.hub.content.ContentStore");
    assertThat(opened.loader().loadClass("eu.hub.api.HubPlugin")).isSameAs(HubPlugin.class);
    assertThatThrownBy(() -> opened.loader().loadClass("eu.hub.plugin.Plugins"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> opened.loader().loadClass("jakarta.ws.rs.GET"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> opened.loader().loadClass("org.objectweb.asm.ClassReader"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(opened.loader().loadClass("java.util.List")).isSameAs(java.util.List.class);
  }

  @Test
  void aJarWithoutDescriptorOrWithAWrongEntryClassIsRefused() {
    Path bare =
        new PluginJarBuilder().resource("readme.txt", "hi").writeTo(dir.resolve("bare.jar"));
    assertThatThrownBy(() -> PluginJar.open(bare, getClass().getClassLoader()))
        .hasMessageContaining("bare.jar: it has no META-INF/hub-plugin.properties");

    Path wrong =
        new PluginJarBuilder()
            .source("example.NotAPlugin", "package example; public class NotAPlugin {}")
            .descriptor("id=wrong\nname=Wrong\nversion=1\nhub-api=0.2\nentry=example.NotAPlugin\n")
            .writeTo(dir.resolve("wrong.jar"));
    assertThatThrownBy(
            () -> PluginJar.open(wrong, new ApiOnlyClassLoader(getClass().getClassLoader())))
        .hasMessageContaining("example.NotAPlugin does not implement eu.hub.api.HubPlugin");
  }
}
