package id.desasadar.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import id.desasadar.DesaSadarApplication;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #7, Upgrades: the migrations run safely on a database of the previous release. The first release
 * landed with schema V1-V5; its demo data (src/test/resources/upgrade/release-1-demo-data.sql, dumped from that
 * release) goes into a database migrated to V5, then Flyway migrates it to the latest version as the
 * application does on start. Every row must still be there, the coverage aggregates must equal a direct count,
 * and the application must start on the upgraded database (Hibernate validates the schema).
 */
class UpgradeFromPreviousReleaseTest {

	static final String PREVIOUS_RELEASE_SCHEMA = "5";

	/** The tables of the previous release that hold its data (aggregates are checked by count below). */
	static final List<String> TABLES = List.of("region", "account", "account_scope", "village_profile", "designation",
			"campaign", "event", "worker", "agent", "enrollment", "enrollment_program", "payment");

	@Test
	void migratesTheFirstReleasesDataAndStartsOnIt(@TempDir Path directory) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory)
			.setCleanDataDirectory(true).start()) {
			DataSource database = postgres.getPostgresDatabase();
			JdbcTemplate jdbc = new JdbcTemplate(database);
			flyway(database).target(PREVIOUS_RELEASE_SCHEMA).load().migrate();
			new ResourceDatabasePopulator(new ClassPathResource("upgrade/release-1-demo-data.sql")).execute(database);
			Map<String, Long> before = counts(jdbc);
			assertThat(before.get("worker")).isEqualTo(385);
			assertThat(before.get("payment")).isEqualTo(1872);

			var upgrade = flyway(database).load().migrate();
			assertThat(upgrade.success).isTrue();

			assertThat(counts(jdbc)).isEqualTo(before);
			assertAggregatesEqualDirectCounts(jdbc);

			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DesaSadarApplication.class)
				.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--server.port=0", "--desa-sadar.demo=false")) {
				assertThat(application.isRunning()).isTrue();
			}
			assertThat(counts(jdbc)).containsAllEntriesOf(Map.of("worker", 385L, "enrollment", before.get("enrollment"),
					"payment", 1872L));
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration");
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private static void assertAggregatesEqualDirectCounts(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForList("""
				select village_code, count(*) from worker group by 1
				except select village_code, workers from village_workers where workers > 0""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select w.village_code, w.segment, e.paid_through, count(*) from enrollment e join worker w on w.id = e.worker_id
				where e.ended_on is null group by 1, 2, 3
				except select village_code, segment, paid_through, enrollments from village_enrollments where enrollments > 0""")).isEmpty();
		// V57 counts by segment per district too (the district sums of V12).
		assertThat(jdbc.queryForList("""
				select substr(w.village_code, 1, 8), w.segment, e.paid_through, count(*) from enrollment e
				join worker w on w.id = e.worker_id where e.ended_on is null group by 1, 2, 3
				except select district_code, segment, paid_through, enrollments from district_enrollments
				where enrollments > 0""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select w.village_code, p.program, count(*) from enrollment e join worker w on w.id = e.worker_id
				join enrollment_program p on p.enrollment_id = e.id where e.ended_on is null group by 1, 2
				except select village_code, program, enrollments from village_programs where enrollments > 0""")).isEmpty();
		// V6, the dashboard's: open enrollments by district and month, enrollments by event, readiness to assess.
		assertThat(jdbc.queryForList("""
				select substr(w.village_code, 1, 8), date_trunc('month', e.enrolled_on)::date, count(*)
				from enrollment e join worker w on w.id = e.worker_id where e.ended_on is null group by 1, 2
				except select district_code, enrolled_month, enrollments from district_enrollment_months""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select event_id, count(*) from enrollment where event_id is not null group by 1
				except select event_id, enrollments from event_enrollments""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select village_code from worker except select village_code from village_readiness""")).isEmpty();
		// V15, the event tally: enrollments, contributions, days and programs per event, filled from the rows.
		assertThat(jdbc.queryForList("""
				select event_id, count(*), sum(monthly_contribution) from enrollment where event_id is not null group by 1
				except select event_id, enrollments, monthly_contribution from event_enrollments""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select event_id, enrolled_on, count(*) from enrollment where event_id is not null group by 1, 2
				except select event_id, enrolled_on, enrollments from event_days""")).isEmpty();
		assertThat(jdbc.queryForList("""
				select e.event_id, p.program, count(*) from enrollment e join enrollment_program p on p.enrollment_id = e.id
				where e.event_id is not null group by 1, 2
				except select event_id, program, enrollments from event_programs""")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from event_programs", Long.class)).isPositive();
	}
}
