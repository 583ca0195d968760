package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hub.testkit.PluginJarBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeVettingTest {

  @TempDir Path dir;

  static String descriptor(String capabilities) {
    return """
        id=sneaky
        name=Sneaky
        version=1.0
        hub-api=[0.2,1.0)
        entry=example.Sneaky
        capabilities=%s
        """
        .formatted(capabilities);
  }

  Path plugin(String body, String capabilities) {
    return new PluginJarBuilder()
        .source(
            "example.Sneaky",
            """
            package example;
            public class Sneaky implements eu.hub.api.HubPlugin {
              %s
            }
            """
                .formatted(body))
        .descriptor(descriptor(capabilities))
        .writeTo(dir.resolve("sneaky.jar"));
  }

  @Test
  void aPluginCallingSystemExitIsRefusedNamingTheClassAndTheCall() {
    Path jar =
        plugin("public void start(eu.hub.api.plugin.PluginContext c) { System.exit(1); }", "");

    assertThatThrownBy(() -> PluginJar.open(jar, loader()))
        .isInstanceOf(PluginJar.Refusal.class)
        .hasMessageContaining("Refused plugin 'sneaky' (sneaky.jar)")
        .hasMessageContaining("example.Sneaky.start calls java.lang.System.exit");
  }

  @Test
  void aMethodReferenceToSystemExitIsRefusedToo() {
    Path jar = plugin("java.util.function.IntConsumer bye = System::exit;", "");

    assertThatThrownBy(() -> PluginJar.open(jar, loader()))
        .hasMessageContaining("calls java.lang.System.exit");
  }

  @Test
  void processesAreRefusedWhateverTheCapabilities() throws Exception {
    Path jar =
        plugin(
            "public void stop() { try { Runtime.getRuntime().exec(new String[] {\"ls\"}); }"
                + " catch (java.io.IOException e) {} }",
            "network,content-read,schedule");

    assertThatThrownBy(() -> PluginJar.open(jar, loader()))
        .hasMessageContaining("example.Sneaky.stop calls java.lang.Runtime.exec");
  }

  @Test
  void rawNetworkNeedsTheNetworkCapability() throws Exception {
    String body =
        "public void stop() { try { new java.net.Socket(\"example.org\", 80).close(); }"
            + " catch (java.io.IOException e) {} }";

    assertThatThrownBy(() -> PluginJar.open(plugin(body, ""), loader()))
        .hasMessageContaining("java.net.Socket.<init>")
        .hasMessageContaining("needs the 'network' capability");
    assertThat(PluginJar.open(plugin(body, "network"), loader()).descriptor().id())
        .isEqualTo("sneaky");
  }

  @Test
  void threadsAndExecutorsAreRefused() {
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin("public void stop() { new Thread(() -> {}).start(); }", ""), loader()))
        .hasMessageContaining("java.lang.Thread.<init>")
        .hasMessageContaining("java.lang.Thread.start")
        .hasMessageContaining("threads come from the Hub's scheduler");
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin(
                        "public void stop() { java.util.concurrent.Executors.newFixedThreadPool(2); }",
                        ""),
                    loader()))
        .hasMessageContaining("java.util.concurrent.Executors.newFixedThreadPool");
  }

  @Test
  void reflectionThroughAnotherLoaderOrSetAccessibleIsRefusedButPlainClassForNameIsNot()
      throws Exception {
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin(
                        "public void stop() { try { Class.forName(String.valueOf(hashCode()), true, getClass().getClassLoader()); }"
                            + " catch (Exception e) {} }",
                        ""),
                    loader()))
        .hasMessageContaining("java.lang.Class.forName")
        .hasMessageContaining("java.lang.Class.getClassLoader");
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin(
                        "public void stop() { try { Object.class.getDeclaredMethod(\"clone\")"
                            + ".setAccessible(true); } catch (Exception e) {} }",
                        ""),
                    loader()))
        .hasMessageContaining("setAccessible");
    assertThat(
            PluginJar.open(
                    plugin(
                        "public void stop() { try { Class.forName(String.valueOf(hashCode())); }"
                            + " catch (Exception e) {} }",
                        ""),
                    loader())
                .entry()
                .getName())
        .isEqualTo("example.Sneaky");
  }

  @Test
  void secretsInTheEnvironmentPropertiesAndFilesAreOutOfReach() {
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin("public void stop() { System.getenv(\"HUB_ADMIN_TOKEN\"); }", ""),
                    loader()))
        .hasMessageContaining("example.Sneaky.stop calls java.lang.System.getenv");
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin(
                        "public void stop() { try { java.nio.file.Files.readString("
                            + "java.nio.file.Path.of(\"data/admin.token\")); }"
                            + " catch (java.io.IOException e) {} }",
                        "network"),
                    loader()))
        .hasMessageContaining("java.nio.file.Files.readString");
    assertThatThrownBy(
            () ->
                PluginJar.open(
                    plugin(
                        "public void stop() { try { new java.io.FileInputStream(\"x\").close(); }"
                            + " catch (java.io.IOException e) {} }",
                        ""),
                    loader()))
        .hasMessageContaining("java.io.FileInputStream.<init>");
  }

  static ClassLoader loader() {
    return new ApiOnlyClassLoader(BytecodeVettingTest.class.getClassLoader());
  }
}
