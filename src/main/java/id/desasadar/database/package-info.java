/**
 * The database the application needs no set-up for: with no {@code spring.datasource.url}, a real
 * PostgreSQL 17 runs embedded in the process (zonky), its files under {@code ./data/postgres-17}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.desasadar.database;
