package eu.hub.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns labels into URL keys: "Older people" becomes "older-people", "Jönköping" "jonkoping". */
public final class Slugs {
  private Slugs() {}

  public static String of(String label) {
    String folded =
        Normalizer.normalize(label.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace("ß", "ss")
            .replace("ø", "o")
            .replace("Ø", "o")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .replace("ł", "l")
            .replace("Ł", "l")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > 200 ? slug.substring(0, 200).replaceAll("-+$", "") : slug;
  }
}
