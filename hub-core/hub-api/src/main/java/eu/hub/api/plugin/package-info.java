/**
 * How a plugin describes itself ({@link eu.hub.api.plugin.PluginDescriptor}), which API versions it
 * works with, what it may do ({@link eu.hub.api.plugin.Capability}) and what the Hub hands it
 * ({@link eu.hub.api.plugin.PluginContext}).
 */
package eu.hub.api.plugin;
