package eu.hub.content;

import static eu.hub.api.content.FieldDefinition.choice;
import static eu.hub.api.content.FieldDefinition.markdown;
import static eu.hub.api.content.FieldDefinition.of;
import static eu.hub.api.content.FieldDefinition.reference;
import static eu.hub.api.content.FieldDefinition.term;
import static eu.hub.api.content.FieldDefinition.text;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldKind;
import java.util.List;

/**
 * The content types the Hub itself declares, through the same interface plugins use.
 *
 * <p>References ({@link FieldKind#REFERENCE}) hold the slug of another item. Taxonomy terms are
 * written as labels ("Participatory budgeting"); each vocabulary gets a page per term.
 */
final class CoreContentTypes implements HubPlugin {

  /** The kinds of organisation in the multi-helix: government, academia, business, citizens. */
  static final List<String> PARTNER_KINDS =
      List.of("city", "region", "university", "company", "ngo", "citizens-group");

  @Override
  public List<ContentType> contentTypes() {
    return List.of(
        ContentType.builder("page")
            .label("Page", "Pages")
            .urlSegment("pages")
            .field(text("navigationLabel").withLabel("Label in navigation"))
            .build(),
        ContentType.builder("partner")
            .label("Partner", "Partners")
            .urlSegment("partners")
            .field(choice("kind", PARTNER_KINDS).required().withLabel("Kind of organisation"))
            .field(term("country", "countries").required().withLabel("Country"))
            .field(text("place").withLabel("City or region"))
            .field(of("website", FieldKind.URL).withLabel("Website"))
            .field(of("logo", FieldKind.MEDIA).withLabel("Logo"))
            .build(),
        ContentType.builder("project")
            .label("Project", "Projects")
            .urlSegment("projects")
            .field(text("programme").required().withLabel("Funding programme"))
            .field(text("grantAgreement").withLabel("Grant agreement number"))
            .field(reference("partners", "partner").repeatable().withLabel("Partners"))
            .field(of("start", FieldKind.DATE).withLabel("Start"))
            .field(of("end", FieldKind.DATE).withLabel("End"))
            .field(text("acknowledgement").required().withLabel("Funding acknowledgement"))
            .field(text("disclaimer").withLabel("Disclaimer"))
            .field(of("website", FieldKind.URL).withLabel("Website"))
            .build(),
        ContentType.builder("magazine")
            .label("Magazine", "Magazines")
            .urlSegment("magazines")
            .field(of("cover", FieldKind.MEDIA).withLabel("Cover image"))
            .field(text("editors").repeatable().withLabel("Editors"))
            .field(reference("project", "project").withLabel("Project"))
            .build(),
        ContentType.builder("magazine-issue")
            .label("Magazine issue", "Magazine issues")
            .urlSegment("issues")
            .field(reference("magazine", "magazine").required().withLabel("Magazine"))
            .field(of("number", FieldKind.NUMBER).required().withLabel("Issue number"))
            .field(of("date", FieldKind.DATE).withLabel("Publication date"))
            .field(of("cover", FieldKind.MEDIA).withLabel("Cover image"))
            .field(text("sections").repeatable().withLabel("Sections, in order"))
            .field(reference("project", "project").withLabel("Project"))
            .build(),
        ContentType.builder("article")
            .label("Article", "Articles")
            .urlSegment("articles")
            .field(reference("issue", "magazine-issue").withLabel("Magazine issue"))
            .field(text("section").withLabel("Section of the issue"))
            .field(of("position", FieldKind.NUMBER).withLabel("Position in the issue"))
            .field(text("authors").repeatable().withLabel("Authors"))
            .field(reference("partners", "partner").repeatable().withLabel("Partners"))
            .field(reference("project", "project").withLabel("Project"))
            .field(term("themes", "themes").repeatable().withLabel("Themes"))
            .field(term("targetGroups", "target-groups").repeatable().withLabel("Target groups"))
            .field(term("tags", "tags").repeatable().withLabel("Tags"))
            .build(),
        ContentType.builder("case-study")
            .label("Case study", "Case studies")
            .urlSegment("case-studies")
            .field(reference("partner", "partner").required().withLabel("Partner"))
            .field(term("country", "countries").required().withLabel("Country"))
            .field(reference("project", "project").withLabel("Project"))
            .field(
                term("serviceAreas", "service-areas")
                    .repeatable()
                    .required()
                    .withLabel("Service areas"))
            .field(term("targetGroups", "target-groups").repeatable().withLabel("Target groups"))
            .field(term("themes", "themes").repeatable().withLabel("Themes"))
            .field(term("tags", "tags").repeatable().withLabel("Tags"))
            .field(markdown("challenge").required().withLabel("The challenge"))
            .field(markdown("approach").required().withLabel("What was done"))
            .field(markdown("results").required().withLabel("Results"))
            .field(markdown("evidence").withLabel("Evidence behind the results"))
            .field(markdown("lessons").withLabel("Lessons"))
            .field(markdown("adaptation").withLabel("How to adapt it in your city"))
            .field(text("contact").withLabel("Contact"))
            .build(),
        ContentType.builder("lesson")
            .label("Lessons learned", "Lessons learned")
            .urlSegment("lessons")
            .field(reference("partners", "partner").repeatable().withLabel("Partners"))
            .field(reference("project", "project").withLabel("Project"))
            .field(term("themes", "themes").repeatable().required().withLabel("Themes"))
            .field(term("targetGroups", "target-groups").repeatable().withLabel("Target groups"))
            .field(term("tags", "tags").repeatable().withLabel("Tags"))
            .field(text("source").withLabel("Source"))
            .build());
  }
}
