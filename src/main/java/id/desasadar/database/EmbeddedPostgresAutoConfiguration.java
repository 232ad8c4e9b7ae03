package id.desasadar.database;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL when no datasource URL is configured and hands Boot its connection
 * details, so that Boot builds its usual pool, Flyway, JPA and health check on it. A Testcontainers
 * {@code @ServiceConnection} (or any other {@link JdbcConnectionDetails}) makes it back off.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails(Environment environment) {
		Path dataRoot = Path.of(environment.getProperty("desa-sadar.data-dir", "./data"));
		boolean clean = environment.getProperty("desa-sadar.embedded.clean-on-start", Boolean.class, false);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.forDirectory(dataRoot, clean);
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return EmbeddedPostgresServer.USER;
			}

			@Override
			public String getPassword() {
				return server.password();
			}
		};
	}
}
