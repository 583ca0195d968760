/**
 * The media library: images and PDFs that editors and partner authors upload, checked by their
 * content (never by name or the browser's word), limited in size and pixels before decoding, kept
 * in the data directory with their metadata in the database, resized into variants for pages, and
 * served with headers that stop a browser from ever treating them as a page.
 */
package eu.hub.media;
