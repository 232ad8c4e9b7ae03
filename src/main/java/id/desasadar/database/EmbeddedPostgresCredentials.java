package id.desasadar.database;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The embedded server's lock (issue #16, item 3): the superuser's password is generated at the first start and
 * kept beside the data directory ({@code postgres-17.password}, owner-only), and {@code pg_hba.conf} asks every
 * connection, local or loopback, replication included, for it with {@code scram-sha-256}. No line says
 * {@code trust}.
 *
 * <p>A data directory made before this lock has a superuser without a password and a {@code pg_hba.conf} that
 * trusts everyone. It is migrated at its first start without ever listening with trust: the password is set
 * in PostgreSQL's single-user mode (no network, no socket), then the file is rewritten, then the server starts.
 */
final class EmbeddedPostgresCredentials {

	static final String HBA = """
			# Written by Desa Sadar at every start of the embedded PostgreSQL (issue #16): every connection,
			# local or over loopback, gives the password kept in postgres-17.password (owner-only). No trust.
			# TYPE  DATABASE     USER  ADDRESS       METHOD
			local   all          all                 scram-sha-256
			host    all          all   127.0.0.1/32  scram-sha-256
			host    all          all   ::1/128       scram-sha-256
			local   replication  all                 scram-sha-256
			host    replication  all   127.0.0.1/32  scram-sha-256
			host    replication  all   ::1/128       scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresCredentials.class);
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final Path passwordFile;
	private final String password;
	private final boolean generatedNow;

	private EmbeddedPostgresCredentials(Path passwordFile, String password, boolean generatedNow) {
		this.passwordFile = passwordFile;
		this.password = password;
		this.generatedNow = generatedNow;
	}

	/** The password file beside {@code directory}; created with a new random password when missing. */
	static EmbeddedPostgresCredentials beside(Path directory) throws IOException {
		Path file = directory.resolveSibling(directory.getFileName() + ".password");
		if (Files.exists(file)) {
			restrictToOwner(file);
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!password.isEmpty()) {
				return new EmbeddedPostgresCredentials(file, password, false);
			}
			Files.delete(file);
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		if (posix()) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		restrictToOwner(file);
		log.info("Generated the embedded PostgreSQL's password in {} (owner-only)", file);
		return new EmbeddedPostgresCredentials(file, password, true);
	}

	String password() {
		return password;
	}

	Path passwordFile() {
		return passwordFile;
	}

	/**
	 * Before the server starts on an existing data directory: when the password was generated now, the
	 * directory predates it (or lost it) and its superuser gets it in single-user mode; then
	 * {@code pg_hba.conf} is (re)written. A fresh directory is left to {@code initdb}, which gets the password
	 * file and {@code scram-sha-256} itself.
	 */
	void lockExisting(Path dataDirectory) throws IOException {
		if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
			return;
		}
		if (generatedNow) {
			log.warn("The embedded PostgreSQL in {} had no password (it trusted every local connection): "
					+ "setting the generated one before it starts", dataDirectory);
			setPasswordInSingleUserMode(dataDirectory);
		}
		writeHba(dataDirectory);
	}

	static void writeHba(Path dataDirectory) throws IOException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		Files.writeString(hba, HBA, StandardCharsets.UTF_8);
		restrictToOwner(hba);
	}

	private void setPasswordInSingleUserMode(Path dataDirectory) throws IOException {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
		}
		command.addAll(List.of(postgresBinary().toString(), "--single", "-D", dataDirectory.toString(),
				"-c", "password_encryption=scram-sha-256", "postgres"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			// Its echo is discarded: it is the statement's result, and nothing of the password must reach a log.
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (OutputStream in = process.getOutputStream()) {
			// The password is Base64url: no quote can end the literal.
			in.write(("ALTER ROLE postgres PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
		}
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("PostgreSQL's single-user mode did not finish in 60 s in " + dataDirectory);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while setting the embedded PostgreSQL's password", ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException("PostgreSQL's single-user mode failed (exit " + process.exitValue()
					+ ") setting the password in " + dataDirectory);
		}
	}

	/** zonky's unpacked binaries: its own (cached, idempotent) preparation, which it does not make public. */
	private static Path postgresBinary() throws IOException {
		try {
			Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
					java.io.File.class);
			prepare.setAccessible(true);
			java.io.File pgDir = (java.io.File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
			return pgDir.toPath().resolve("bin").resolve("postgres");
		}
		catch (ReflectiveOperationException ex) {
			throw new IOException("Could not find the embedded PostgreSQL's binaries", ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (posix()) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
