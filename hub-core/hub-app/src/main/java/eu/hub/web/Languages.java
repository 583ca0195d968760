package eu.hub.web;

import java.util.Locale;

/** Names of languages as their speakers write them: "svenska", "Deutsch". */
final class Languages {
  private Languages() {}

  static String nativeName(String code) {
    Locale locale = Locale.forLanguageTag(code);
    String name = locale.getDisplayLanguage(locale);
    if (name.isEmpty()) {
      return code;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
