package id.desasadar.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import id.desasadar.DesaSadarApplication;
import id.desasadar.village.ReadyVillages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #7, Several instances: two instances of the application on one PostgreSQL, as behind a load balancer.
 * Scheduled work runs on one of them at a time (ShedLock's row in the database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	static final String VILLAGE = "33.26.12.2008";

	@TempDir
	static Path directory;

	EmbeddedPostgres postgres;
	ConfigurableApplicationContext first;
	ConfigurableApplicationContext second;
	JdbcTemplate jdbc;

	@BeforeAll
	void startTwoInstancesOnOneDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
		jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
		first = start();
		second = start();
	}

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DesaSadarApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
				"--desa-sadar.demo=false", "--desa-sadar.admin-password=two-instances-admin",
				"--desa-sadar.security.bcrypt-strength=4", "--desa-sadar.readiness.repair-delay=PT1H");
	}

	@AfterAll
	void stop() throws Exception {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { second, first }) {
			if (instance != null) {
				instance.close();
			}
		}
		postgres.close();
	}

	@Test
	void scheduledWorkRunsOnOneInstanceAtATime() throws Exception {
		ReadyVillages onFirst = first.getBean(ReadyVillages.class);
		ReadyVillages onSecond = second.getBean(ReadyVillages.class);

		markChanged();
		onFirst.scheduledRepair();
		assertThat(stale()).as("the first instance assessed the village").isFalse();
		Instant lockedUntil = jdbc.queryForObject("select lock_until from shedlock where name = 'readiness-repair'",
				java.sql.Timestamp.class).toInstant();

		markChanged();
		onSecond.scheduledRepair();
		assertThat(stale()).as("the second instance skipped its turn while the first held the lock").isTrue();

		while (Instant.now().isBefore(lockedUntil.plus(Duration.ofMillis(200)))) {
			Thread.sleep(100);
		}
		onSecond.scheduledRepair();
		assertThat(stale()).as("once the lock is free, the second instance runs it").isFalse();
	}

	void markChanged() {
		jdbc.update("""
				insert into village_readiness (village_code) values (?)
				on conflict (village_code) do update set changes = village_readiness.changes + 1""", VILLAGE);
	}

	boolean stale() {
		return jdbc.queryForObject("select changes <> assessed from village_readiness where village_code = ?",
				Boolean.class, VILLAGE);
	}
}
