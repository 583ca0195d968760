package eu.hub.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * The parent of every plugin's class loader: it shows a plugin the JDK and the plugin API ({@code
 * eu.hub.api}), and nothing else of the Hub (neither its own classes nor its libraries, such as
 * Jakarta EE, Lucene or Pebble). A plugin therefore cannot name the engine, and may bring its own
 * versions of libraries the Hub also uses.
 */
final class ApiOnlyClassLoader extends ClassLoader {

  static final String API_PACKAGE = "eu.hub.api.";

  private final ClassLoader hub;

  /**
   * @param hub the loader that has the plugin API: the Hub's own
   */
  ApiOnlyClassLoader(ClassLoader hub) {
    super("hub-api-only", ClassLoader.getPlatformClassLoader());
    this.hub = hub;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(API_PACKAGE)) {
      return hub.loadClass(name);
    }
    // Only the platform loader (the JDK) stands behind this one: anything else of the Hub's class
    // path is not found, exactly as if it did not exist.
    return super.loadClass(name, resolve);
  }

  @Override
  public URL getResource(String name) {
    return name.startsWith("eu/hub/api/") ? hub.getResource(name) : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.startsWith("eu/hub/api/") ? hub.getResources(name) : super.getResources(name);
  }
}
