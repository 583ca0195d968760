package eu.hub.content;

/**
 * Fired (as a CDI event) when a content item was created or changed; observers that must not see
 * uncommitted data observe it after the transaction succeeds.
 */
public record ContentSaved(
    long id, String type, String slug, String language, ContentStatus status) {}
