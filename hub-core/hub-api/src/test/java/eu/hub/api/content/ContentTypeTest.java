package eu.hub.api.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void fieldsKeepTheirDeclarationOrderAndCanBeLookedUp() {
    ContentType type =
        ContentType.builder("case-study")
            .label("Case study", "Case studies")
            .urlSegment("case-studies")
            .field(FieldDefinition.text("city").required())
            .field(FieldDefinition.choice("format", List.of("online", "in-person")))
            .build();

    assertThat(type.fields()).extracting(FieldDefinition::name).containsExactly("city", "format");
    assertThat(type.field("city")).get().extracting(FieldDefinition::isRequired).isEqualTo(true);
    assertThat(type.field("nope")).isEmpty();
    assertThat(type.urlSegment()).isEqualTo("case-studies");
  }

  @Test
  void aFieldDeclaredTwiceIsRefusedWithItsName() {
    ContentType.Builder builder =
        ContentType.builder("event")
            .field(FieldDefinition.text("venue"))
            .field(FieldDefinition.text("venue"));

    assertThatThrownBy(builder::build).hasMessageContaining("'venue' twice");
  }

  @Test
  void namesThatCannotBeUsedInUrlsAreRefused() {
    assertThatThrownBy(() -> ContentType.builder("Case Study"))
        .hasMessageContaining("'Case Study'");
    assertThatThrownBy(() -> FieldDefinition.text("2fast")).hasMessageContaining("'2fast'");
  }

  @Test
  void theUrlSegmentDefaultsToTheName() {
    assertThat(ContentType.builder("page").build().urlSegment()).isEqualTo("page");
  }

  @Test
  void onlyDateFieldsCanBeDateFiltersAndTheMarkSurvivesLaterRefinements() {
    FieldDefinition start =
        FieldDefinition.of("start", FieldKind.DATE_TIME)
            .dateFilter()
            .required()
            .withLabel("Starts");

    assertThat(start.isDateFilter()).isTrue();
    assertThat(start.isRequired()).isTrue();
    assertThat(FieldDefinition.of("day", FieldKind.DATE).dateFilter().isDateFilter()).isTrue();
    assertThat(FieldDefinition.text("venue").isDateFilter()).isFalse();
    assertThatThrownBy(() -> FieldDefinition.text("venue").dateFilter())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("venue");
  }
}
