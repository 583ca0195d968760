package eu.hub.editorial;

import java.util.Map;

/**
 * A save from an editor: the new text and fields, and the version it started from.
 *
 * @param version {@link EditorialItem#version()} as the editor loaded it; a different current
 *     version means someone else saved meanwhile ({@link EditConflictException})
 * @param title the title (required)
 * @param summary the summary, or null
 * @param body the Markdown body, or null for empty
 * @param fields the type's field values (unknown names are refused)
 * @param note what changed, for the revision list, or null
 */
public record ItemEdit(
    long version,
    String title,
    String summary,
    String body,
    Map<String, Object> fields,
    String note) {}
