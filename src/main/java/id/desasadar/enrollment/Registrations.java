package id.desasadar.enrollment;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.desasadar.worker.WorkerAnonymised;

/**
 * The client ids of the registrations saved (table {@code registration}, V17), with the worker and enrollment each
 * created and a digest of what it said. A client id is never reused by the application: the row stays as long as
 * the worker does.
 */
@Component
class Registrations {

	/** A registration saved under a client id. */
	/** @param paymentId the first payment the registration carried, or null */
	record Stored(long workerId, long enrollmentId, Long paymentId, byte[] fingerprint) {

		/** Whether a send says the same; after an anonymisation nothing is left to compare, so nothing matches. */
		boolean sameContent(byte[] other) {
			return fingerprint != null && MessageDigest.isEqual(fingerprint, other);
		}
	}

	private final JdbcTemplate jdbc;

	Registrations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the client id until the caller's transaction ends: the sends of one id queue here, so that the first
	 * saves and the others find it saved. A transaction-scoped advisory lock on the id's 64 bits; two ids that share
	 * them (one chance in 2^64) merely wait for each other.
	 */
	void lock(UUID clientId) {
		jdbc.query("select pg_advisory_xact_lock(?)", rows -> null,
				clientId.getMostSignificantBits() ^ clientId.getLeastSignificantBits());
	}

	Optional<Stored> find(UUID clientId) {
		return jdbc.query("select worker_id, enrollment_id, payment_id, fingerprint from registration where client_id = ?",
				(row, i) -> new Stored(row.getLong(1), row.getLong(2), row.getObject(3, Long.class), row.getBytes(4)), clientId)
			.stream().findFirst();
	}

	void save(UUID clientId, byte[] fingerprint, long workerId, long enrollmentId, Long paymentId, String by, Instant at) {
		jdbc.update("insert into registration (client_id, fingerprint, worker_id, enrollment_id, payment_id, created_by, "
				+ "created_at) values (?, ?, ?, ?, ?, ?, ?)", clientId, fingerprint, workerId, enrollmentId, paymentId, by,
				Timestamp.from(at));
	}

	/** An anonymised worker's registrations keep their ids (never reused) but no digest of what they said. */
	@EventListener
	void forgetContentOf(WorkerAnonymised anonymised) {
		jdbc.update("update registration set fingerprint = null where worker_id = ?", anonymised.workerId());
	}
}
