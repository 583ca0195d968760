/** Tests of feeds, the sitemap and robots.txt: the writers alone, and the running Hub. */
package eu.hub.syndication;
