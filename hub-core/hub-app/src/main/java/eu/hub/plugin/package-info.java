/**
 * Loading plugins from the plugins folder: each JAR's descriptor is checked, its bytecode vetted,
 * and its entry class loaded in a class loader of its own that sees only the plugin API. Every call
 * into a plugin then goes through one fault guard, and administrators enable and disable plugins at
 * run time.
 */
package eu.hub.plugin;
