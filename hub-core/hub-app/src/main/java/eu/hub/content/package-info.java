/**
 * Content items, their revisions and their types: the Hub's system of record. Everything
 * publishable is a {@link eu.hub.content.ContentItem} of a registered content type.
 */
package eu.hub.content;
