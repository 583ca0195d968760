/**
 * Loading the content folder: Markdown files with YAML front matter become content items. A restart
 * only touches files that changed, and a bad file is reported without stopping the rest.
 */
package eu.hub.contentfolder;
