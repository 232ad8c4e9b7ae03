package id.desasadar.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory per JVM: every application context of a test run
 * shares it, and it stops with the JVM.
 *
 * <p>The data directory carries the major version ({@code postgres-17}) because a directory cannot be
 * opened by another major version. Real data lives there, so fsync and synchronous commit are on
 * (zonky turns them off by default, which is right only for throw-away test databases).
 */
final class EmbeddedPostgresServer {

	static final String USER = "postgres";
	static final String DATABASE = "desa_sadar";
	private static final String MAJOR_VERSION_DIRECTORY = "postgres-17";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;
	private final EmbeddedPostgresCredentials credentials;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgresCredentials credentials) {
		this.postgres = postgres;
		this.credentials = credentials;
	}

	static EmbeddedPostgresServer forDirectory(Path dataRoot, boolean cleanOnStart) {
		Path directory = dataRoot.toAbsolutePath().normalize().resolve(MAJOR_VERSION_DIRECTORY);
		return RUNNING.computeIfAbsent(directory, dir -> start(dir, cleanOnStart));
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	String password() {
		return credentials.password();
	}

	int port() {
		return postgres.getPort();
	}

	private static EmbeddedPostgresServer start(Path directory, boolean cleanOnStart) {
		try {
			Files.createDirectories(directory);
			lockAgainstOtherProcesses(directory);
			OrphanedPostmaster.stopIfAny(directory);
			EmbeddedPostgresCredentials credentials = EmbeddedPostgresCredentials.beside(directory);
			if (!cleanOnStart) {
				credentials.lockExisting(directory);
			}
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(cleanOnStart)
				// zonky runs initdb with "-A trust"; these two come after it on the command line and win: a new
				// directory's superuser gets the generated password and every connection must give it.
				.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", credentials.passwordFile().toString())
				.setConnectConfig("password", credentials.password())
				// Loopback only, and no Unix socket at all (pg_ctl hands these options to a shell: the empty
				// value stays empty).
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("unix_socket_directories", "")
				.setServerConfig("password_encryption", "scram-sha-256")
				.setServerConfig("fsync", cleanOnStart ? "off" : "on")
				.setServerConfig("synchronous_commit", cleanOnStart ? "off" : "on")
				.setServerConfig("max_connections", "100")
				// The server's log reaches the application's log here: errors without their DETAIL (a unique
				// violation's detail is the row's key, e.g. a NIK) and without the statement (UU 27/2022).
				.setServerConfig("log_error_verbosity", "terse")
				.setServerConfig("log_min_error_statement", "panic")
				.start();
			// The same pg_hba.conf whatever initdb wrote, read again by the running server.
			EmbeddedPostgresCredentials.writeHba(directory);
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL 17 started in {} ms on port {}, data in {}",
					(System.nanoTime() - started) / 1_000_000, postgres.getPort(), directory);
			return new EmbeddedPostgresServer(postgres, credentials);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * Holds a lock file for the life of the JVM. The operating system releases it when the JVM dies,
	 * even by SIGKILL, so a held lock means a live process owns the directory; a free lock with a
	 * running postmaster means an orphan.
	 */
	private static void lockAgainstOtherProcesses(Path directory) throws IOException {
		Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another running Desa Sadar process uses " + directory
					+ ": stop it, or set DESA_SADAR_DATA_DIR to another directory");
		}
		// Kept open on purpose until the JVM exits.
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
				}
			}
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not create database " + DATABASE, ex);
		}
	}
}
