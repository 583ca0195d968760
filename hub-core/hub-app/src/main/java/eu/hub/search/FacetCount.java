package eu.hub.search;

/** A facet value and how many matching items have it. */
public record FacetCount(String value, int count) {}
