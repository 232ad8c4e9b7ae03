package id.desasadar.card;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import id.desasadar.worker.WorkerAnonymised;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The codes of the public check, one per worker (table participant_card, V36): 16 bytes from a cryptographic
 * random source, written as 22 URL-safe characters, so that no one finds a card by trying addresses (2^128 codes,
 * and the check is rate-limited besides). Made at the first card of a worker and kept: a printed card stays valid.
 */
@Component
class CardCodes {

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

	private final JdbcTemplate jdbc;
	private final SecureRandom random = new SecureRandom();

	CardCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The worker's code, made now if the worker has none (two officers at once get the same one). */
	String codeOf(long workerId, String by, Instant now) {
		jdbc.update("""
				insert into participant_card (worker_id, code, created_at, created_by) values (?, ?, ?, ?)
				on conflict (worker_id) do nothing""", workerId, newCode(), Timestamp.from(now), by);
		return jdbc.queryForObject("select code from participant_card where worker_id = ?", String.class, workerId);
	}

	/** The worker a code belongs to; nothing for a code never made, or not even of the right shape. */
	Optional<Long> workerOf(String code) {
		if (code == null || !FORMAT.matcher(code).matches()) {
			return Optional.empty();
		}
		return jdbc.queryForList("select worker_id from participant_card where code = ?", Long.class, code).stream()
			.findFirst();
	}

	/** An anonymised worker's card and check are gone (issue #18): the code no longer opens anything. */
	@EventListener
	void forget(WorkerAnonymised anonymised) {
		jdbc.update("delete from participant_card where worker_id = ?", anonymised.workerId());
	}

	private String newCode() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
