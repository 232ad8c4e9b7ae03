package id.desasadar.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its PostgreSQL running, and the next start would fail with
 * "postmaster.pid already exists". Called only while this JVM holds the directory's lock, so any
 * postmaster found is an orphan: it is asked to stop, and killed if it will not.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private OrphanedPostmaster() {
	}

	static void stopIfAny(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = pidOf(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(OrphanedPostmaster::isPostgres);
		if (postmaster.isEmpty()) {
			// A stale file of a dead server: PostgreSQL recovers from it by itself.
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a process that did not shut down", process.pid());
		process.destroy(); // SIGTERM: a smart shutdown; its clients are gone with the dead JVM
		try {
			process.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception notStoppedInTime) {
			process.destroyForcibly();
			process.onExit().join();
		}
	}

	private static Optional<Long> pidOf(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}
}
