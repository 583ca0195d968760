/**
 * The screens editors work in, under {@code /admin}: the dashboard, the content list, an editor
 * generated from each content type's fields (with preview, workflow buttons, revisions and the
 * conflict screen), the audit log and the users screen. Server-rendered with the active theme; they
 * work without JavaScript. The workflow rules themselves live in the editorial service.
 */
package eu.hub.editing;
