package eu.hub.editorial;

/**
 * Identifies callers of {@code /api/editorial} who send a personal API token as {@code
 * Authorization: Bearer TOKEN}; a wrong token gets 401.
 */
public class ApiTokenFilter {}
