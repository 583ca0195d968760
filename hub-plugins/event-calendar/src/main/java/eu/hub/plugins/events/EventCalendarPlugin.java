package eu.hub.plugins.events;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.util.List;

/** Declares the event content type. */
public final class EventCalendarPlugin implements HubPlugin {

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("event")
            .label("Event", "Events")
            .urlSegment("events")
            .field(FieldDefinition.of("start", FieldKind.DATE_TIME).required().withLabel("Starts"))
            .field(FieldDefinition.of("end", FieldKind.DATE_TIME).withLabel("Ends"))
            .field(FieldDefinition.of("allDay", FieldKind.BOOLEAN).withLabel("All day"))
            .field(FieldDefinition.of("recurrence", FieldKind.RECURRENCE).withLabel("Repeats"))
            .field(
                FieldDefinition.of("exceptions", FieldKind.DATE_TIME)
                    .repeatable()
                    .withLabel("Except on"))
            .field(FieldDefinition.text("venue").withLabel("Venue"))
            .field(FieldDefinition.of("onlineLink", FieldKind.URL).withLabel("Online link"))
            .field(FieldDefinition.text("accessibility").repeatable().withLabel("Accessibility"))
            .field(
                FieldDefinition.reference("organiser", "partner").withLabel("Organising partner"))
            .field(FieldDefinition.reference("project", "project").withLabel("Project"))
            .field(FieldDefinition.of("registration", FieldKind.URL).withLabel("Registration"))
            .field(FieldDefinition.of("capacity", FieldKind.NUMBER).withLabel("Places"))
            .build());
  }
}
