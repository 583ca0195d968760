/**
 * Content types and their typed fields: how a plugin (or the core) tells the Hub what it stores,
 * validates, indexes and edits.
 */
package eu.hub.api.content;
