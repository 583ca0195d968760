package eu.hub.plugins.skills;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.util.List;

/** Declares the skills offer content type. */
public final class SkillsCataloguePlugin implements HubPlugin {

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("skills-offer")
            .label("Skills offer", "Skills offers")
            .urlSegment("skills")
            .field(
                FieldDefinition.reference("provider", "partner").required().withLabel("Provider"))
            .field(
                FieldDefinition.choice("format", List.of("online", "in-person", "blended"))
                    .required()
                    .withLabel("Format"))
            .field(
                FieldDefinition.choice(
                        "audience",
                        List.of("citizens", "staff", "older-people", "people-with-disabilities"))
                    .repeatable()
                    .withLabel("For"))
            .field(FieldDefinition.text("competence").repeatable().withLabel("DigComp competences"))
            .field(FieldDefinition.of("level", FieldKind.NUMBER).withLabel("DigComp level (1-8)"))
            .field(FieldDefinition.text("cost").withLabel("Cost"))
            .field(FieldDefinition.of("link", FieldKind.URL).withLabel("Link"))
            .build());
  }
}
