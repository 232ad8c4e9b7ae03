/**
 * The database the application needs no set-up for: with no {@code spring.datasource.url}, a real
 * PostgreSQL 17 runs embedded in the process (zonky), its files under {@code ./data/postgres-17}.
 */
package id.desasadar.database;
