package eu.hub.plugins.skills;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.ContentQuery;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.Capability;
import eu.hub.api.plugin.Messages;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.plugin.PluginDescriptor;
import eu.hub.api.plugin.PluginScheduler;
import eu.hub.api.web.PageRequest;
import eu.hub.api.web.PageResult;
import eu.hub.api.web.PageRoute;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillsCataloguePluginTest {

  final SkillsCataloguePlugin plugin = new SkillsCataloguePlugin();

  static PublishedItem offer(String slug, List<String> competences, String level) {
    return new PublishedItem(
        "skills-offer",
        slug,
        "en",
        "Example: " + slug,
        null,
        "/skills/" + slug,
        null,
        Map.of("competence", competences, "level", level, "format", "online"));
  }

  @BeforeEach
  void start() {
    List<PublishedItem> offers =
        List.of(
            offer("search-basics", List.of("1.1", "1.2"), "2"),
            offer("safe-online", List.of("4.2"), "3"),
            offer("advanced-search", List.of("1.1"), "5"));
    plugin.start(
        new PluginContext() {
          @Override
          public PluginDescriptor descriptor() {
            throw new UnsupportedOperationException();
          }

          @Override
          public Map<String, String> settings() {
            return Map.of();
          }

          @Override
          public System.Logger logger() {
            return System.getLogger("test");
          }

          @Override
          public Messages messages() {
            return new Messages() {
              @Override
              public String get(String key, String language) {
                return key;
              }

              @Override
              public Map<String, String> all(String language) {
                return Map.of();
              }
            };
          }

          @Override
          public PluginScheduler scheduler() {
            throw new UnsupportedOperationException();
          }

          @Override
          public ContentQuery content() {
            return new ContentQuery() {
              @Override
              public List<PublishedItem> published(String type) {
                return type.equals("skills-offer") ? offers : List.of();
              }

              @Override
              public Optional<PublishedItem> published(String type, String slug) {
                return published(type).stream().filter(o -> o.slug().equals(slug)).findFirst();
              }
            };
          }
        });
  }

  PageResult get(String route, Map<String, String> parameters, Map<String, String> query) {
    PageRoute r =
        plugin.pages().stream().filter(p -> p.path().equals(route)).findFirst().orElseThrow();
    return r.handler().handle(new PageRequest(route, parameters, query, "en")).orElse(null);
  }

  @Test
  void digCompHasFiveAreasTwentyOneCompetencesAndEightLevels() {
    assertThat(DigComp.AREAS).hasSize(5);
    assertThat(DigComp.AREAS)
        .extracting(a -> a.competences().size())
        .containsExactly(3, 6, 4, 4, 4);
    assertThat(DigComp.competences()).hasSize(21);
    assertThat(DigComp.competences().get(0).name())
        .isEqualTo("Browsing, searching and filtering data, information and digital content");
    assertThat(DigComp.LEVELS).hasSize(8);
  }

  @Test
  void theDescriptorIsValid() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/hub-plugin.properties")) {
      PluginDescriptor d = PluginDescriptor.read(in, "skills-catalogue");
      assertThat(d.entryClass()).isEqualTo(SkillsCataloguePlugin.class.getName());
      assertThat(d.capabilities()).containsExactly(Capability.CONTENT_READ);
    }
  }

  @Test
  void declaresTheOfferTypeWithDigCompCompetencesAsChoices() {
    var offer = plugin.contentTypes().get(0);
    assertThat(offer.name()).isEqualTo("skills-offer");
    assertThat(offer.urlSegment()).isEqualTo("skills");
    assertThat(offer.field("competence").orElseThrow().options()).hasSize(21).contains("5.4");
    assertThat(offer.field("level").orElseThrow().isFacet()).isTrue();
  }

  @Test
  void aCompetencePageListsItsOffersAndFiltersByLevel() {
    PageResult search = get("skills/competences/{key}", Map.of("key", "1-1"), Map.of());
    assertThat(search.title())
        .isEqualTo("1.1 Browsing, searching and filtering data, information and digital content");
    assertThat(offerTitles(search))
        .containsExactly("Example: search-basics", "Example: advanced-search");

    PageResult level5 = get("skills/competences/{key}", Map.of("key", "1-1"), Map.of("level", "5"));
    assertThat(offerTitles(level5)).containsExactly("Example: advanced-search");

    assertThat(get("skills/competences/{key}", Map.of("key", "9-9"), Map.of())).isNull();
  }

  @Test
  void offersBrowseByAreaAndByLevel() {
    assertThat(offerTitles(get("skills/areas/{number}", Map.of("number", "4"), Map.of())))
        .containsExactly("Example: safe-online");
    assertThat(offerTitles(get("skills/levels/{number}", Map.of("number", "2"), Map.of())))
        .containsExactly("Example: search-basics");
    assertThat(get("skills/levels/{number}", Map.of("number", "9"), Map.of())).isNull();
  }

  @SuppressWarnings("unchecked")
  static List<Object> offerTitles(PageResult page) {
    return ((List<Map<String, Object>>) page.data().get("offers"))
        .stream().map(o -> o.get("title")).toList();
  }
}
