package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabulariesTest {

  @Test
  void theVocabulariesAreThoseOfEveryTypesTermFieldsOnceEach() {
    ContentType study =
        ContentType.builder("case-study")
            .field(FieldDefinition.term("country", "countries"))
            .field(FieldDefinition.term("themes", "themes").repeatable())
            .field(FieldDefinition.reference("partner", "partner"))
            .build();
    ContentType event =
        ContentType.builder("event")
            .field(FieldDefinition.term("themes", "themes"))
            .field(FieldDefinition.term("formats", "event-formats"))
            .build();

    assertThat(Vocabularies.of(List.of(study, event)))
        .containsExactly("countries", "event-formats", "themes");
  }
}
