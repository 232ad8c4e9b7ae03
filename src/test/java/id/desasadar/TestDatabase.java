package id.desasadar;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The tests' database: a PostgreSQL 17 container where a Docker engine exists (the {@code @ServiceConnection}
 * makes the embedded database back off), the embedded PostgreSQL everywhere else. The socket is checked
 * first because asking Testcontainers on a machine without Docker logs a page of errors.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	@Bean
	@ServiceConnection
	@Conditional(DockerEngineAvailable.class)
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17"));
	}

	static class DockerEngineAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String host = System.getenv("DOCKER_HOST");
			return (host != null && !host.isBlank()) || Files.exists(Path.of("/var/run/docker.sock"));
		}
	}
}
