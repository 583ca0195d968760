package eu.hub.plugins.skills;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.api.content.PublishedItem;
import eu.hub.api.plugin.PluginContext;
import eu.hub.api.web.PageRequest;
import eu.hub.api.web.PageResult;
import eu.hub.api.web.PageRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The skills catalogue: offers of digital-skills training mapped to DigComp 2.2, browsable by
 * competence area and proficiency level, with a page per competence listing its offers.
 */
public final class SkillsCataloguePlugin implements HubPlugin {

  private PluginContext context;

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("skills-offer")
            .label("Skills offer", "Skills offers")
            .urlSegment("skills")
            .field(FieldDefinition.reference("provider", "partner").withLabel("Provider").facet())
            .field(
                FieldDefinition.choice("format", List.of("online", "in-person", "blended"))
                    .required()
                    .withLabel("Format")
                    .facet())
            .field(
                FieldDefinition.text("teachingLanguage")
                    .repeatable()
                    .withLabel("Taught in")
                    .facet())
            .field(
                FieldDefinition.choice(
                        "audience",
                        List.of("citizens", "staff", "older-people", "people-with-disabilities"))
                    .repeatable()
                    .withLabel("For")
                    .facet())
            .field(
                FieldDefinition.choice(
                        "competence",
                        DigComp.competences().stream().map(DigComp.Competence::code).toList())
                    .repeatable()
                    .required()
                    .withLabel("DigComp competences")
                    .facet())
            .field(
                FieldDefinition.choice(
                        "level", IntStream.rangeClosed(1, 8).mapToObj(String::valueOf).toList())
                    .withLabel("DigComp proficiency level (1-8)")
                    .facet())
            .field(FieldDefinition.text("cost").withLabel("Cost"))
            .field(FieldDefinition.of("link", FieldKind.URL).withLabel("Link"))
            .build());
  }

  @Override
  public List<PageRoute> pages() {
    return List.of(
        new PageRoute("skills/competences", this::framework),
        new PageRoute("skills/competences/{key}", this::competence),
        new PageRoute("skills/areas/{number}", this::area),
        new PageRoute("skills/levels/{number}", this::level));
  }

  private List<PublishedItem> offers() {
    return context.content().published("skills-offer");
  }

  private static List<String> competencesOf(PublishedItem offer) {
    Object v = offer.fields().get("competence");
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return v == null ? List.of() : List.of(String.valueOf(v));
  }

  private static Map<String, Object> offer(PublishedItem o) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", o.title());
    view.put("url", o.url());
    view.put("summary", o.summary() == null ? "" : o.summary());
    view.put("provider", o.text("provider") == null ? "" : o.text("provider"));
    view.put("format", o.text("format") == null ? "" : o.text("format"));
    view.put("level", o.text("level") == null ? "" : o.text("level"));
    view.put("cost", o.text("cost") == null ? "" : o.text("cost"));
    view.put("competences", competencesOf(o));
    return view;
  }

  private Optional<PageResult> framework(PageRequest request) {
    List<PublishedItem> offers = offers();
    List<Map<String, Object>> areas = new ArrayList<>();
    for (DigComp.Area area : DigComp.AREAS) {
      List<Map<String, Object>> competences = new ArrayList<>();
      for (DigComp.Competence c : area.competences()) {
        long count = offers.stream().filter(o -> competencesOf(o).contains(c.code())).count();
        competences.add(
            Map.of(
                "code",
                c.code(),
                "name",
                c.name(),
                "url",
                "/skills/competences/" + c.key(),
                "offers",
                count));
      }
      areas.add(
          Map.of(
              "number",
              area.number(),
              "name",
              area.name(),
              "url",
              "/skills/areas/" + area.number(),
              "competences",
              competences));
    }
    String title = context.messages().get("skills.framework", request.language());
    return Optional.of(
        PageResult.page(
            "skills-framework",
            title,
            Map.of("heading", title, "areas", areas, "levels", levels())));
  }

  private static List<Map<String, Object>> levels() {
    return DigComp.LEVELS.stream()
        .map(
            l ->
                Map.<String, Object>of(
                    "number", l.number(), "band", l.band(), "url", "/skills/levels/" + l.number()))
        .toList();
  }

  private Optional<PageResult> competence(PageRequest request) {
    Optional<DigComp.Competence> found = DigComp.byKey(request.parameters().get("key"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DigComp.Competence c = found.get();
    String level = request.query().get("level");
    List<Map<String, Object>> matching =
        offers().stream()
            .filter(o -> competencesOf(o).contains(c.code()))
            .filter(o -> level == null || level.isBlank() || level.equals(o.text("level")))
            .map(SkillsCataloguePlugin::offer)
            .toList();
    String area = DigComp.area(c.area()).map(DigComp.Area::name).orElse("");
    return Optional.of(
        PageResult.page(
            "skills-offers",
            c.code() + " " + c.name(),
            Map.of(
                "heading", c.code() + " " + c.name(),
                "context", c.area() + " " + area,
                "contextUrl", "/skills/areas/" + c.area(),
                "offers", matching,
                "levels", levels(),
                "filterUrl", "/skills/competences/" + c.key())));
  }

  private Optional<PageResult> area(PageRequest request) {
    Optional<DigComp.Area> found = number(request).flatMap(DigComp::area);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DigComp.Area a = found.get();
    List<Map<String, Object>> matching =
        offers().stream()
            .filter(o -> competencesOf(o).stream().anyMatch(c -> c.startsWith(a.number() + ".")))
            .map(SkillsCataloguePlugin::offer)
            .toList();
    return Optional.of(
        PageResult.page(
            "skills-offers",
            a.number() + " " + a.name(),
            Map.of(
                "heading",
                a.number() + " " + a.name(),
                "context",
                "DigComp 2.2",
                "contextUrl",
                "/skills/competences",
                "offers",
                matching,
                "levels",
                levels(),
                "filterUrl",
                "")));
  }

  private Optional<PageResult> level(PageRequest request) {
    Optional<DigComp.Level> found =
        number(request)
            .flatMap(n -> DigComp.LEVELS.stream().filter(l -> l.number() == n).findFirst());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DigComp.Level l = found.get();
    List<Map<String, Object>> matching =
        offers().stream()
            .filter(o -> String.valueOf(l.number()).equals(o.text("level")))
            .map(SkillsCataloguePlugin::offer)
            .toList();
    String heading = context.messages().get("skills.level", request.language()) + " " + l.number();
    return Optional.of(
        PageResult.page(
            "skills-offers",
            heading,
            Map.of(
                "heading",
                heading,
                "context",
                l.band(),
                "contextUrl",
                "/skills/competences",
                "offers",
                matching,
                "levels",
                levels(),
                "filterUrl",
                "")));
  }

  private static Optional<Integer> number(PageRequest request) {
    String n = request.parameters().get("number");
    return n.matches("[1-9]") ? Optional.of(Integer.parseInt(n)) : Optional.empty();
  }
}
