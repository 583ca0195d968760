package eu.hub.theme;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Finds templates in the JARs of enabled plugins ({@code hub-templates/NAME.peb}), in plugin-id
 * order. It comes after every theme in the lookup, so a theme overrides a plugin's template by
 * having one of the same name.
 */
final class PluginTemplateLoader implements Loader<String> {

  static final String FOLDER = "hub-templates/";

  private final Map<String, ClassLoader> plugins = new ConcurrentSkipListMap<>();

  void add(String pluginId, ClassLoader jar) {
    plugins.put(pluginId, jar);
  }

  void remove(String pluginId) {
    plugins.remove(pluginId);
  }

  @Override
  public Reader getReader(String name) {
    for (ClassLoader jar : plugins.values()) {
      InputStream in = jar.getResourceAsStream(FOLDER + name + ".peb");
      if (in != null) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
      }
    }
    throw new LoaderException(null, "No plugin has the template " + name);
  }

  @Override
  public boolean resourceExists(String name) {
    return plugins.values().stream().anyMatch(j -> j.getResource(FOLDER + name + ".peb") != null);
  }

  @Override
  public void setCharset(String charset) {
    // Plugin templates are UTF-8, always.
  }

  @Override
  public void setPrefix(String prefix) {
    // The folder inside a plugin JAR is fixed.
  }

  @Override
  public void setSuffix(String suffix) {
    // Always .peb.
  }

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return relativePath;
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }
}
