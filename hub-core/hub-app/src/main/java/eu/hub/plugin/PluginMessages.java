package eu.hub.plugin;

import eu.hub.api.plugin.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A plugin's UI strings, read (UTF-8) from {@code hub-messages/} in its JAR when first asked. */
final class PluginMessages implements Messages {

  static final String FOLDER = "hub-messages/";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final ClassLoader jar;
  private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

  PluginMessages(ClassLoader jar) {
    this.jar = jar;
  }

  @Override
  public String get(String key, String language) {
    return all(language).getOrDefault(key, key);
  }

  @Override
  public Map<String, String> all(String language) {
    String lang = language != null && LANGUAGE.matcher(language).matches() ? language : "en";
    return byLanguage.computeIfAbsent(
        lang,
        l -> {
          Map<String, String> merged = new TreeMap<>(read("en"));
          if (!l.equals("en")) {
            merged.putAll(read(l));
          }
          return Map.copyOf(merged);
        });
  }

  private Map<String, String> read(String language) {
    Map<String, String> strings = new TreeMap<>();
    try (InputStream in =
        jar.getResourceAsStream(FOLDER + "messages_" + language + ".properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        p.stringPropertyNames().forEach(k -> strings.put(k, p.getProperty(k)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return strings;
  }
}
