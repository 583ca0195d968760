package eu.hub.editing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.content.FieldValues;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class FieldFormTest {

  static final ContentType EVERY_KIND =
      ContentType.builder("every-kind")
          .field(FieldDefinition.text("place").withLabel("Place"))
          .field(FieldDefinition.markdown("story").withLabel("Story"))
          .field(FieldDefinition.of("count", FieldKind.NUMBER).withLabel("Count"))
          .field(FieldDefinition.of("open", FieldKind.BOOLEAN).withLabel("Open"))
          .field(FieldDefinition.of("start", FieldKind.DATE).withLabel("Start"))
          .field(FieldDefinition.of("meets", FieldKind.DATE_TIME).withLabel("Meets"))
          .field(FieldDefinition.of("site", FieldKind.URL).withLabel("Website"))
          .field(FieldDefinition.choice("kind", List.of("city", "region")).withLabel("Kind"))
          .field(FieldDefinition.term("themes", "themes").repeatable().withLabel("Themes"))
          .field(FieldDefinition.reference("partner", "partner").withLabel("Partner"))
          .field(FieldDefinition.text("authors").repeatable().withLabel("Authors"))
          .build();

  static final BiFunction<String, Object[], String> T =
      (key, args) -> args.length == 0 ? key : key + "(" + args[0] + ")";

  static final FieldForm.Choices CHOICES =
      new FieldForm.Choices() {
        @Override
        public List<FieldForm.Option> terms(String vocabulary) {
          return List.of(new FieldForm.Option("Health", "Health", false));
        }

        @Override
        public List<FieldForm.Option> items(String type) {
          return List.of(new FieldForm.Option("lund", "City of Lund", false));
        }
      };

  @Test
  void aPostedFormBecomesFieldValuesThatPassTheTypesChecks() {
    Map<String, Object> values =
        FieldForm.valuesFrom(
            EVERY_KIND,
            Map.ofEntries(
                Map.entry("f-place", List.of(" Lund ")),
                Map.entry("f-story", List.of("# Heading\r\n\r\nText")),
                Map.entry("f-count", List.of("3")),
                Map.entry("f-open", List.of("false")),
                Map.entry("f-start", List.of("2026-05-31")),
                Map.entry("f-meets", List.of("2026-05-31T14:00+02:00[Europe/Stockholm]")),
                Map.entry("f-site", List.of("https://example.org")),
                Map.entry("f-kind", List.of("city")),
                Map.entry("f-themes", List.of("Health", "Ageing\r\nHealth\r\n  ")),
                Map.entry("f-partner", List.of("lund")),
                Map.entry("f-authors", List.of("")),
                Map.entry("title", List.of("not a field"))));

    assertThat(values)
        .containsEntry("place", "Lund")
        .containsEntry("story", "# Heading\n\nText")
        .containsEntry("open", false)
        .containsEntry("themes", List.of("Health", "Ageing"))
        .doesNotContainKeys("authors", "title");
    assertThat(FieldValues.check(EVERY_KIND, values).problems()).isEmpty();
  }

  @Test
  void eachValidationProblemIsTiedToItsFieldWithAMessageNamingTheLabel() {
    Map<String, Object> values =
        FieldForm.valuesFrom(
            EVERY_KIND,
            Map.of(
                "f-count", List.of("three"),
                "f-start", List.of("31/05/2026"),
                "f-site", List.of("javascript:alert(1)"),
                "f-kind", List.of("planet")));

    Map<String, String> errors =
        FieldForm.errorsFrom(EVERY_KIND, FieldValues.check(EVERY_KIND, values).problems(), T);

    assertThat(errors)
        .containsEntry("count", "admin.error.number(Count)")
        .containsEntry("start", "admin.error.date(Start)")
        .containsEntry("site", "admin.error.url(Website)")
        .containsEntry("kind", "admin.error.choice(Kind)")
        .hasSize(4);
  }

  @Test
  void everyKindGetsItsControlAndKeptValuesAreShownAgain() {
    List<FieldForm.FieldView> views =
        FieldForm.views(
            EVERY_KIND,
            Map.of("themes", List.of("Health", "Ageing"), "partner", "lund", "open", true),
            Map.of("start", "wrong"),
            CHOICES,
            T);

    assertThat(views)
        .extracting(FieldForm.FieldView::control)
        .containsExactly(
            "text",
            "markdown",
            "number",
            "boolean",
            "date",
            "datetime",
            "url",
            "choice",
            "term",
            "reference",
            "text");
    FieldForm.FieldView themes = views.get(8);
    assertThat(themes.options()).containsExactly(new FieldForm.Option("Health", "Health", true));
    assertThat(themes.value()).as("values without a checkbox stay as lines").isEqualTo("Ageing");
    assertThat(views.get(9).options())
        .containsExactly(new FieldForm.Option("lund", "City of Lund", true));
    assertThat(views.get(3).options())
        .extracting(FieldForm.Option::selected)
        .containsExactly(true, false);
    assertThat(views.get(4).error()).isEqualTo("wrong");
    assertThat(views.get(4).id()).isEqualTo("field-start");
  }
}
