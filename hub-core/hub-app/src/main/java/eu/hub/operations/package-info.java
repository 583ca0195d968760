/**
 * What operators see and rely on: settings, the start-up sequence (migrate, load content, ready)
 * and the health checks.
 */
package eu.hub.operations;
