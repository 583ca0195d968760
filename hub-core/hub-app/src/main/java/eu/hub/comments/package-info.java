/**
 * Readers' comments on articles, case studies and lessons: the form under each item (honeypot, rate
 * limit, CSRF), held for moderation, and the editors' moderation queue at {@code /admin/comments}.
 */
package eu.hub.comments;
