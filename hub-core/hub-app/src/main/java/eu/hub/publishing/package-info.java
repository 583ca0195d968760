/**
 * What must hold before content goes public: required fields present, images described, internal
 * links pointing somewhere, headings in order. The content folder reports these findings; the
 * editorial workflow refuses to publish on errors.
 */
package eu.hub.publishing;
