/**
 * Pages a plugin adds to the Hub: routes, their handlers and what they return. The Hub renders them
 * through its theme, so plugins never write HTML around their content.
 */
package eu.hub.api.web;
