/**
 * Measuring ranking quality with public test collections: CACM documents turned into Hub content
 * files, their judged queries, and the TREC measures (MAP, P@30) computed over the Hub's own
 * search.
 */
package eu.hub.search.relevance;
