package eu.hub.search;

import java.time.LocalDate;

/**
 * One item in the results. Everything is plain text except {@link #snippet()}, which is HTML: the
 * item's text escaped, with the query's words wrapped in {@code <mark>}.
 */
public record SearchHit(
    long id,
    String slug,
    String type,
    String title,
    String url,
    String snippet,
    float score,
    String language,
    LocalDate published) {}
