package eu.hub.content;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import java.util.List;

/** The content types the Hub itself declares, through the same interface plugins use. */
final class CoreContentTypes implements HubPlugin {

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("page")
            .label("Page", "Pages")
            .urlSegment("pages")
            .field(FieldDefinition.text("navigationLabel").withLabel("Label in navigation"))
            .build());
  }
}
