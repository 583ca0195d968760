/**
 * The Hub's database: the data source (embedded H2 by default, PostgreSQL by configuration) and the
 * Flyway migrations that own its schema.
 */
package eu.hub.database;
