package eu.hub.editorial;

import eu.hub.content.ContentStatus;
import java.time.OffsetDateTime;

/**
 * One entry of an item's history.
 *
 * @param number the revision number, unique per item, growing
 * @param createdAt when it was saved
 * @param author who saved it (email, or the importer's name)
 * @param note what changed or why, or null
 * @param state the workflow state it was saved in
 * @param working whether it was a working copy of a published item (not live when saved)
 */
public record RevisionInfo(
    int number,
    OffsetDateTime createdAt,
    String author,
    String note,
    ContentStatus state,
    boolean working) {}
