/** Helpers shared by the Hub's tests: HTTP calls, JSON reading, starting the Hub as a process. */
package eu.hub.testkit;
