/** The event calendar plugin: events that partners organise, with time zones and recurrence. */
package eu.hub.plugins.events;
