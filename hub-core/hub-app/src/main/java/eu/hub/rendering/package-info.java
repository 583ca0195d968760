/**
 * Markdown for the Hub: safe HTML for pages (commonmark-java for parsing, the OWASP sanitizer for
 * what reaches a page), the checks an editor sees before publishing, lessons as linkable units, and
 * plain text for search snippets and descriptions.
 */
package eu.hub.rendering;
