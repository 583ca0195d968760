package eu.hub.plugin;

import eu.hub.api.HubPlugin;
import eu.hub.api.plugin.InvalidDescriptorException;
import eu.hub.api.plugin.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Opens one plugin JAR: reads and checks its descriptor, vets its bytecode, and loads (but does not
 * instantiate) its entry class in a class loader of its own. No plugin code runs here.
 */
final class PluginJar {

  /** A JAR whose entry class loaded; the plugin object is not made yet. */
  record Opened(
      Path jar,
      PluginDescriptor descriptor,
      URLClassLoader loader,
      Class<? extends HubPlugin> entry) {}

  /** Why a JAR was not opened. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    final String id;
    final transient PluginDescriptor descriptor;
    final PluginState state;

    Refusal(String id, PluginDescriptor descriptor, PluginState state, String message) {
      super(message);
      this.id = id;
      this.descriptor = descriptor;
      this.state = state;
    }
  }

  private PluginJar() {}

  /**
   * @param parent the loader plugins see through: {@link ApiOnlyClassLoader}
   */
  static Opened open(Path jar, ClassLoader parent) throws Refusal {
    String file = jar.getFileName().toString();
    String fallbackId = file.replaceFirst("\\.jar$", "");
    PluginDescriptor descriptor;
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      JarEntry entry = jarFile.getJarEntry(PluginDescriptor.LOCATION);
      if (entry == null) {
        throw new Refusal(
            fallbackId,
            null,
            PluginState.REFUSED,
            "Refused " + file + ": it has no " + PluginDescriptor.LOCATION);
      }
      try (InputStream in = jarFile.getInputStream(entry)) {
        descriptor = PluginDescriptor.read(in, file);
      } catch (InvalidDescriptorException e) {
        throw new Refusal(fallbackId, null, PluginState.REFUSED, e.getMessage());
      }
      List<BytecodeVetter.Violation> violations =
          BytecodeVetter.vet(jarFile, descriptor.capabilities());
      if (!violations.isEmpty()) {
        throw new Refusal(
            descriptor.id(),
            descriptor,
            PluginState.REFUSED,
            "Refused plugin '"
                + descriptor.id()
                + "' ("
                + file
                + "): "
                + BytecodeVetter.describe(violations));
      }
    } catch (IOException e) {
      throw new Refusal(
          fallbackId, null, PluginState.FAILED, "Could not read " + file + ": " + e.getMessage());
    }
    URLClassLoader loader;
    try {
      loader =
          new URLClassLoader("plugin-" + descriptor.id(), new URL[] {jar.toUri().toURL()}, parent);
    } catch (IOException e) {
      throw new Refusal(descriptor.id(), descriptor, PluginState.FAILED, e.getMessage());
    }
    try {
      Class<?> entry = Class.forName(descriptor.entryClass(), false, loader);
      if (!HubPlugin.class.isAssignableFrom(entry)) {
        throw new Refusal(
            descriptor.id(),
            descriptor,
            PluginState.REFUSED,
            "Refused plugin '"
                + descriptor.id()
                + "': its entry class "
                + descriptor.entryClass()
                + " does not implement "
                + HubPlugin.class.getName());
      }
      return new Opened(jar, descriptor, loader, entry.asSubclass(HubPlugin.class));
    } catch (ClassNotFoundException | LinkageError e) {
      closeQuietly(loader);
      throw new Refusal(
          descriptor.id(),
          descriptor,
          PluginState.FAILED,
          "Plugin '"
              + descriptor.id()
              + "': cannot load its entry class "
              + descriptor.entryClass()
              + " ("
              + e
              + ")");
    } catch (Refusal r) {
      closeQuietly(loader);
      throw r;
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // Nothing was loaded through it that needs it: the refusal is what matters.
    }
  }
}
