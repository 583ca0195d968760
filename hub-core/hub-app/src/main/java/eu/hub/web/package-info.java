/**
 * The Hub on the web: public pages through the theme, the JSON read API, assets, and error pages
 * that help instead of showing a stack trace.
 */
package eu.hub.web;
