package eu.hub.editorial;

import eu.hub.content.ContentStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item as an editor sees it: the version being worked on (the pending working copy of a
 * published item, or the item itself) and where it stands.
 *
 * @param id the content item's id
 * @param type the content type's name
 * @param slug the item's slug
 * @param language the item's language code
 * @param title the working version's title
 * @param summary the working version's summary, or null
 * @param body the working version's Markdown body
 * @param fields the working version's field values (as {@code FieldValues.read} gives them)
 * @param state the workflow state of the working version
 * @param liveStatus the status of the live row readers see ({@code PUBLISHED} when it is public)
 * @param pendingChanges whether a published item has a working copy that is not live yet
 * @param partners the partners (slugs) the item belongs to, from its references to partners
 * @param version what a save must send back ({@link ItemEdit#version()}) to prove it started from
 *     this version
 * @param revision the number of the latest revision
 * @param publishAt when a scheduled item goes live, or null
 * @param unpublishAt when the item goes off the site, or null
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last (email), or null
 * @param allowed the transitions the editor who asked may take now
 */
public record EditorialItem(
    long id,
    String type,
    String slug,
    String language,
    String title,
    String summary,
    String body,
    Map<String, Object> fields,
    ContentStatus state,
    ContentStatus liveStatus,
    boolean pendingChanges,
    List<String> partners,
    long version,
    int revision,
    OffsetDateTime publishAt,
    OffsetDateTime unpublishAt,
    OffsetDateTime updatedAt,
    String updatedBy,
    Set<Transition> allowed) {}
