/**
 * Full-text search over published items: a Lucene index fed with {@link
 * eu.hub.search.SearchDocument}s and asked with {@link eu.hub.search.SearchRequest}s. Each item is
 * analysed in its own language (stemming, stop words, accents folded) and also in language-neutral
 * fields, so a query can search one language or all of them.
 *
 * <p>The engine is plain Java: {@link eu.hub.search.SearchIndex} opens its own resources and is
 * closed by its owner, so it can be tested without a container and wrapped by a CDI bean.
 */
package eu.hub.search;
