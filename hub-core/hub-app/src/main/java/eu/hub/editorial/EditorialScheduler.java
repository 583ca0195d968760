package eu.hub.editorial;

/**
 * Publishes and unpublishes items at their scheduled times by polling the database every {@code
 * hub.editorial.scheduler.interval} seconds (default 10). The schedule lives in the database, so it
 * survives a restart.
 */
public class EditorialScheduler {}
