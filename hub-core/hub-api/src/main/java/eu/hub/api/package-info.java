/**
 * The Hub's plugin API: what a plugin implements ({@link eu.hub.api.HubPlugin}) and what the Hub
 * hands it.
 *
 * <p>Everything here is stable and grows only by new types and {@code default} methods marked
 * {@code @since}. No type of the engine (JPA, Lucene, the template engine, the server) appears in
 * it, so a plugin keeps working when the engine changes. Subpackages: {@code content} (content
 * types, published items, content events), {@code plugin} (descriptor, capabilities, context),
 * {@code web} (pages).
 */
package eu.hub.api;
