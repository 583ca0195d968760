package eu.hub.api.plugin;

import java.util.Map;

/**
 * A plugin's UI strings by language. Strings come from {@code
 * hub-messages/messages_<lang>.properties} in the plugin's JAR; a language without its own file, or
 * a key missing from it, falls back to English ({@code messages_en.properties}), then to the key
 * itself.
 *
 * @since 0.2
 */
public interface Messages {

  /** The string for the key in the language (an ISO 639 code such as {@code sv}). */
  String get(String key, String language);

  /** Every string in the language, with the English fallbacks; for templates. */
  Map<String, String> all(String language);
}
