package id.desasadar.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

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
 * Issue #7, Recovery: the runbook of docs/backup.md works. A database with data (the first release's demo data,
 * migrated to the latest schema) is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore} into a fresh
 * database, and every table of the restored one holds as many rows as the original; the application then starts
 * on the restored database and finds nothing to migrate.
 * <p>
 * The server is PostgreSQL 15, not the 17 the application embeds: pg_dump refuses a server newer than itself, and
 * Debian 12's client, the one these machines install, is 15. The migrations therefore run on 15 too. Without
 * pg_dump the test is skipped, and fails where the environment variable {@code CI} is set ({@code .ci/run}
 * installs postgresql-client).
 */
class BackupRestoreTest {

	static final Path POSTGRES_15 = Path.of("target/postgres-15/postgres-15-linux-amd64.jar");

	@Test
	void aDumpRestoredIntoAFreshDatabaseHoldsEveryRecordAndTheApplicationStartsOnIt(@TempDir Path directory)
			throws Exception {
		boolean tools = commandWorks("pg_dump", "--version") && commandWorks("pg_restore", "--version");
		if (!System.getenv().getOrDefault("CI", "").isBlank()) {
			assertThat(tools).as("pg_dump and pg_restore installed (apt-get install postgresql-client)").isTrue();
		}
		assumeTrue(tools, "pg_dump and pg_restore are not installed");
		assumeTrue(Files.exists(POSTGRES_15), "PostgreSQL 15 binaries are copied by the build (linux-amd64 only)");

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> postgres15())
			.setDataDirectory(directory.resolve("data")).setCleanDataDirectory(true).start()) {
			JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
			server.execute("create database original");
			server.execute("create database restored");
			DataSource original = postgres.getDatabase("postgres", "original");
			Flyway.configure().dataSource(original).locations("classpath:db/migration").target("5").load().migrate();
			new ResourceDatabasePopulator(new ClassPathResource("upgrade/release-1-demo-data.sql")).execute(original);
			Flyway.configure().dataSource(original).locations("classpath:db/migration").load().migrate();
			Map<String, Long> before = rowsPerTable(new JdbcTemplate(original));
			assertThat(before.get("worker")).isEqualTo(385);

			Path dump = directory.resolve("desa-sadar.dump");
			String port = Integer.toString(postgres.getPort());
			run("pg_dump", "--host=localhost", "--port=" + port, "--username=postgres", "--format=custom",
					"--file=" + dump, "original");
			run("pg_restore", "--host=localhost", "--port=" + port, "--username=postgres", "--no-owner",
					"--exit-on-error", "--dbname=restored", dump.toString());

			JdbcTemplate restored = new JdbcTemplate(postgres.getDatabase("postgres", "restored"));
			assertThat(rowsPerTable(restored)).isEqualTo(before);

			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DesaSadarApplication.class)
				.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "restored"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--server.port=0", "--desa-sadar.demo=false")) {
				Flyway flyway = application.getBean(Flyway.class);
				assertThat(flyway.info().pending()).isEmpty();
			}
			Map<String, Long> after = rowsPerTable(restored);
			assertThat(after).containsAllEntriesOf(Map.of("worker", before.get("worker"), "enrollment",
					before.get("enrollment"), "payment", before.get("payment")));
		}
	}

	/** Every table of the schema, with its number of rows. */
	private static Map<String, Long> rowsPerTable(JdbcTemplate jdbc) {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by 1""", String.class)) {
			rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
		}
		return rows;
	}

	private static ByteArrayInputStream postgres15() throws IOException {
		try (ZipFile jar = new ZipFile(POSTGRES_15.toFile())) {
			return new ByteArrayInputStream(jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz")).readAllBytes());
		}
	}

	private static boolean commandWorks(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static void run(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", line) + "\n" + output).isZero();
	}
}
