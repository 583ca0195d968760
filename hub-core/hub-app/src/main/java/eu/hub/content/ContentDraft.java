package eu.hub.content;

import java.time.OffsetDateTime;

/**
 * What a writer hands the store to create or update an item: the common parts, the typed fields as
 * JSON, and where it came from (a file under the content folder, or null for the editor).
 */
public record ContentDraft(
    String type,
    String slug,
    String language,
    String title,
    String summary,
    String body,
    String fieldsJson,
    ContentStatus status,
    OffsetDateTime publishedAt,
    String sourcePath,
    String sourceHash) {}
