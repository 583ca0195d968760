/**
 * The screens editors work in, under {@code /admin}: the dashboard, the content list, an editor
 * generated from each content type's fields (with preview, workflow buttons, revisions and the
 * conflict screen, and a media picker for image fields), the audit log, the users screen and each
 * person's account (their time zone, in which every screen reads and shows dates and times).
 * Server-rendered with the active theme; they work without JavaScript. The workflow rules
 * themselves live in the editorial service.
 */
package eu.hub.editing;
