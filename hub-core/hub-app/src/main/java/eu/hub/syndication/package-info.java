/**
 * What the Hub offers to other machines rather than to readers: Atom feeds, so that people can
 * follow a partner, a theme or a type of content without visiting the site; the sitemap and
 * robots.txt, so that search engines find every published page and leave the API alone.
 */
package eu.hub.syndication;
