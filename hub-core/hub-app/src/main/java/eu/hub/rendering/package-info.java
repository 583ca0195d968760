/**
 * Markdown to safe HTML: commonmark-java for parsing, the OWASP sanitizer for what reaches a page.
 */
package eu.hub.rendering;
