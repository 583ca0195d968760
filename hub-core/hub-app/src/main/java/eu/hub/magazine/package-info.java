/**
 * Magazines as editors make them: an issue's table of contents in the editors' order, publishing an
 * issue with all its articles as one act, and the issue printed as one PDF.
 */
package eu.hub.magazine;
