package eu.hub.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  private final ContentType event =
      ContentType.builder("event")
          .field(FieldDefinition.of("start", FieldKind.DATE_TIME).required())
          .field(FieldDefinition.of("day", FieldKind.DATE))
          .field(FieldDefinition.of("capacity", FieldKind.NUMBER))
          .field(FieldDefinition.of("allDay", FieldKind.BOOLEAN))
          .field(FieldDefinition.of("link", FieldKind.URL))
          .field(FieldDefinition.choice("format", List.of("online", "in-person")))
          .field(FieldDefinition.text("accessibility").repeatable())
          .build();

  @Test
  void validValuesBecomeNormalisedJsonAndReadBack() {
    FieldValues.Checked checked =
        FieldValues.check(
            event,
            Map.of(
                "start", "2025-03-30T10:00+02:00[Europe/Stockholm]",
                "capacity", 40,
                "allDay", false,
                "link", "https://example.org/register",
                "format", "online",
                "accessibility", "Step-free access"));

    assertThat(checked.problems()).isEmpty();
    Map<String, Object> back = FieldValues.read(checked.json());
    assertThat(back)
        .containsEntry("start", "2025-03-30T10:00+02:00[Europe/Stockholm]")
        .containsEntry("capacity", 40L)
        .containsEntry("allDay", false)
        .containsEntry("accessibility", List.of("Step-free access"));
  }

  @Test
  void wrongValuesAreNamedWithWhatTheFieldTakes() {
    FieldValues.Checked checked =
        FieldValues.check(
            event,
            Map.of(
                "day", "31/05/2024",
                "capacity", "many",
                "allDay", "yes",
                "link", "javascript:alert(1)",
                "format", "hybrid"));

    assertThat(checked.problems())
        .anySatisfy(p -> assertThat(p).contains("'day'").contains("2024-05-31"))
        .anySatisfy(p -> assertThat(p).contains("'capacity'").contains("number"))
        .anySatisfy(p -> assertThat(p).contains("'allDay'").contains("true or false"))
        .anySatisfy(p -> assertThat(p).contains("'link'").contains("javascript:alert(1)"))
        .anySatisfy(p -> assertThat(p).contains("'format'").contains("online, in-person"));
  }

  @Test
  void anUnknownFieldIsAProblemThatListsTheRealOnes() {
    FieldValues.Checked checked = FieldValues.check(event, Map.of("strat", "2025-01-01T10:00Z"));

    assertThat(checked.problems()).singleElement().asString().contains("'strat'").contains("start");
  }

  @Test
  void missingRequiredFieldsAreListedButAreNotProblems() {
    FieldValues.Checked checked = FieldValues.check(event, Map.of());

    assertThat(checked.valid()).isTrue();
    assertThat(checked.missingRequired()).containsExactly("start");
  }

  @Test
  void aListForASingleValuedFieldIsRefused() {
    FieldValues.Checked checked = FieldValues.check(event, Map.of("format", List.of("online")));

    assertThat(checked.problems()).singleElement().asString().contains("one value");
  }
}
