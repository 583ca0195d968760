/**
 * The editorial workflow: who may do what to which item ({@link eu.hub.editorial.Transition},
 * {@link eu.hub.editorial.Editor}), working copies of published items that do not go live until
 * published, revisions and their comparison, optimistic concurrency, scheduled publishing and the
 * audit log. {@link eu.hub.editorial.EditorialService} is the one entry point for the admin screens
 * and the JSON API ({@link eu.hub.editorial.EditorialApi}).
 */
package eu.hub.editorial;
