package id.desasadar.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #16, item 3: the embedded PostgreSQL is locked. Every connection must give the password generated at
 * the first start (scram-sha-256, no trust anywhere), the server listens on loopback only with no Unix socket,
 * and the password file is owner-only. A data directory made before the lock (trust, no password) is locked at
 * its next start and keeps its data.
 */
class EmbeddedPostgresLockTest {

	/** The server every test context of this JVM uses (src/test/resources/config/application.properties). */
	final EmbeddedPostgresServer shared = EmbeddedPostgresServer.forDirectory(Path.of("target/test-data"), true);

	@Test
	void refusesAConnectionWithoutThePassword() {
		assertThatThrownBy(() -> connect(shared.jdbcUrl(), null).close()).isInstanceOf(PSQLException.class);
		assertThatThrownBy(() -> connect(shared.jdbcUrl(), "").close()).isInstanceOf(PSQLException.class);
		assertThatThrownBy(() -> connect(shared.jdbcUrl(), "postgres").close()).isInstanceOf(PSQLException.class)
			.hasMessageContaining("password authentication failed");
		for (String database : List.of("postgres", "template1", EmbeddedPostgresServer.DATABASE)) {
			String url = "jdbc:postgresql://127.0.0.1:" + shared.port() + "/" + database;
			assertThatThrownBy(() -> connect(url, "wrong").close()).isInstanceOf(PSQLException.class);
		}
	}

	@Test
	void asksEveryConnectionForThePasswordAndListensOnLoopbackOnly() throws SQLException {
		try (Connection connection = connect(shared.jdbcUrl(), shared.password());
				Statement statement = connection.createStatement()) {
			List<String> methods = new ArrayList<>();
			try (ResultSet rules = statement.executeQuery("select type, auth_method, error from pg_hba_file_rules")) {
				while (rules.next()) {
					assertThat(rules.getString("error")).isNull();
					methods.add(rules.getString("auth_method"));
				}
			}
			assertThat(methods).isNotEmpty().containsOnly("scram-sha-256");
			assertThat(single(statement, "show listen_addresses")).isEqualTo("localhost");
			assertThat(single(statement, "show unix_socket_directories")).isEmpty();
			assertThat(single(statement, "select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'"))
				.isEqualTo("t");
		}
	}

	@Test
	void keepsThePasswordBesideTheDataDirectoryOwnerOnly() throws Exception {
		Path file = Path.of("target/test-data/postgres-17.password").toAbsolutePath();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file).strip()).isEqualTo(shared.password()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
				Path.of("target/test-data/postgres-17/pg_hba.conf")))).isEqualTo("rw-------");
	}

	/** A directory of before the lock, as the previous code made it: initdb -A trust, no password at all. */
	@Test
	void locksADataDirectoryMadeBeforeTheLockAndKeepsItsData() throws Exception {
		Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "lock-migration-");
		Path directory = root.resolve("postgres-17");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (v text)");
			statement.execute("insert into kept values ('before the lock')");
			assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");
		}

		EmbeddedPostgresServer locked = EmbeddedPostgresServer.forDirectory(root, false);

		String postgresDatabase = "jdbc:postgresql://localhost:" + locked.port() + "/postgres";
		assertThatThrownBy(() -> connect(postgresDatabase, null).close()).isInstanceOf(PSQLException.class);
		assertThatThrownBy(() -> connect(postgresDatabase, "").close()).isInstanceOf(PSQLException.class);
		try (Connection connection = connect(postgresDatabase, locked.password());
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select v from kept")).isEqualTo("before the lock");
		}
		assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\b");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("postgres-17.password"))))
			.isEqualTo("rw-------");
	}

	static Connection connect(String url, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", EmbeddedPostgresServer.USER);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(url.replaceAll("\\?user=.*$", ""), properties);
	}

	static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
