package id.desasadar.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** api.md, Running: with SPRING_DATASOURCE_URL set, nothing is embedded. */
class EmbeddedPostgresAutoConfigurationTest {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void embedsNothingWhenADatasourceUrlIsConfigured() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/desa_sadar")
			.run(context -> assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class));
	}

	@Test
	void backsOffForConnectionDetailsGivenElsewhereSuchAsTestcontainers() {
		JdbcConnectionDetails other = new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "u";
			}

			@Override
			public String getPassword() {
				return "p";
			}

			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://elsewhere/db";
			}
		};
		runner.withBean(JdbcConnectionDetails.class, () -> other)
			.run(context -> assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
				.isEqualTo("jdbc:postgresql://elsewhere/db"));
	}
}
