package eu.hub.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme chain: overriding one template, falling back to the parent, UI strings. */
class ThemeTest {

  private static final ClassLoader BUNDLED = ThemeTest.class.getClassLoader();

  @TempDir Path themes;

  @Test
  void aThemeOnDiskOverridesOneTemplateAndFallsBackToItsParentForTheOthers() throws IOException {
    write("city/theme.properties", "name=City\nextends=default\n");
    write("city/templates/pager.peb", "<p class=\"city-pager\">{{ t('pager.label') }}</p>");

    Theme city = new Theme("city", Optional.of(themes), BUNDLED);

    assertThat(city.chain()).containsExactly("city", "default");
    assertThat(city.render("pager", Map.of(), Locale.ENGLISH))
        .isEqualTo("<p class=\"city-pager\">Pages</p>");
    // vocabulary.peb is only in the default theme: the parent's template is used.
    assertThat(city.hasTemplate("vocabulary")).isTrue();
    assertThat(city.render("vocabulary", model(), Locale.ENGLISH))
        .contains("<h1>Topics</h1>")
        .contains("Nothing published uses this yet.");
    assertThat(city.hasTemplate("no-such-template")).isFalse();
  }

  @Test
  void renderFirstTakesTheSpecificTemplateOnlyWhenSomeThemeInTheChainHasIt() throws IOException {
    write("city/theme.properties", "extends=default\n");
    write("city/templates/special.peb", "special");
    Theme city = new Theme("city", Optional.of(themes), BUNDLED);

    assertThat(city.renderFirst(List.of("special", "pager"), Map.of(), Locale.ENGLISH))
        .isEqualTo("special");
    assertThat(city.renderFirst(List.of("item-unknown", "special"), Map.of(), Locale.ENGLISH))
        .isEqualTo("special");
  }

  @Test
  void theBundledCivicThemeExtendsDefaultAndOverridesOnlyItsOwnTemplates() {
    Theme civic = new Theme("civic", Optional.empty(), BUNDLED);

    assertThat(civic.chain()).containsExactly("civic", "default");
    assertThat(civic.render("header", model(), Locale.ENGLISH)).contains("civic-banner");
    assertThat(civic.render("pager", pagerModel(), Locale.ENGLISH)).contains("Page 1 of 2");
    assertThat(civic.asset("civic.css")).isPresent();
    assertThat(civic.asset("hub.css")).as("inherited from default").isPresent();
    assertThat(new Theme("default", Optional.empty(), BUNDLED).asset("civic.css")).isEmpty();
  }

  @Test
  void uiStringsComeInTheReadersLanguageAndFallBackToEnglishThenToTheKey() throws IOException {
    write("city/theme.properties", "extends=default\n");
    write("city/messages/messages_sv.properties", "pager.next=Fram\u00e5t\n");
    write("city/messages/messages_de.properties", "pager.next=Weiter\n");
    Theme city = new Theme("city", Optional.of(themes), BUNDLED);

    assertThat(city.languages()).containsExactly("de", "en", "sv");
    assertThat(city.message("sv", "pager.next")).as("the theme's own").isEqualTo("Fram\u00e5t");
    assertThat(city.message("sv", "pager.previous"))
        .as("the parent's Swedish")
        .isEqualTo("F\u00f6reg\u00e5ende sida");
    assertThat(city.message("de", "pager.previous")).as("English").isEqualTo("Previous page");
    assertThat(city.message("sv", "pager.position", 2, 5)).isEqualTo("Sida 2 av 5");
    assertThat(city.message("en", "no.such.key")).isEqualTo("no.such.key");
    assertThat(city.render("pager", pagerModel(), Locale.forLanguageTag("sv")))
        .contains("Sida 1 av 2")
        .contains("Fram\u00e5t");
  }

  @Test
  void themesThatExtendEachOtherInACircleAreRefused() throws IOException {
    write("a/theme.properties", "extends=b\n");
    write("b/theme.properties", "extends=a\n");

    assertThatThrownBy(() -> new Theme("a", Optional.of(themes), BUNDLED))
        .hasMessageContaining("circle");
  }

  @Test
  void onlyThemesThatExistAndHaveASafeNameCanBeChosen() {
    assertThat(Theme.exists("civic", Optional.empty(), BUNDLED)).isTrue();
    assertThat(Theme.exists("nope", Optional.empty(), BUNDLED)).isFalse();
    assertThat(Theme.exists("../default", Optional.empty(), BUNDLED)).isFalse();
  }

  private Map<String, Object> model() {
    Map<String, Object> m = new HashMap<>();
    m.put("vocabularyLabel", "Topics");
    m.put("terms", List.of());
    m.put("site", Map.of("name", "Hub", "sections", List.of(), "vocabularies", List.of()));
    m.put("page", Map.of("title", "Topics", "lang", "en", "breadcrumbs", List.of()));
    m.put("ui", Map.of("lang", "en", "languages", List.of(), "assetQuery", "", "theme", "x"));
    return m;
  }

  private Map<String, Object> pagerModel() {
    return Map.of("pager", Map.of("pages", 2, "page", 1, "next", "/x?page=2"));
  }

  private void write(String path, String text) throws IOException {
    Path file = themes.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
