package id.desasadar.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in PostgreSQL (table {@code sign_in_failure}), so that every instance
 * counts the same failures, and refuses a username that failed too often lately ({@link FailedSignIns}).
 * Usernames are counted as typed, existing or not, so a refusal says nothing about which accounts exist.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
	/** Longer names cannot be accounts (60 characters at most); they are counted by their first 100. */
	private static final int KEY_LENGTH = 100;

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final FailedSignIns.Limits limits;

	SignInThrottle(JdbcTemplate jdbc, Clock clock,
			@Value("${desa-sadar.security.sign-in.max-failures:5}") int maxFailures,
			@Value("${desa-sadar.security.sign-in.window:15m}") Duration window,
			@Value("${desa-sadar.security.sign-in.lock:15m}") Duration lock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = new FailedSignIns.Limits(maxFailures, window, lock);
	}

	/**
	 * The failures counted for this username, if any; refused with {@link SignInRefusedException} while
	 * locked. One primary-key read, the only cost on the usual path (no failures, no row).
	 */
	Optional<FailedSignIns> check(String username) {
		Instant now = clock.instant();
		Optional<FailedSignIns> failures = read(key(username), false);
		if (failures.isPresent() && failures.get().refuses(now)) {
			throw new SignInRefusedException(Duration.between(now, failures.get().lockedUntil()));
		}
		return failures;
	}

	boolean refuses(String username) {
		return read(key(username), false).filter(failures -> failures.refuses(clock.instant())).isPresent();
	}

	/** Counts a failure, in its own transaction, row locked so that parallel failures all count. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		String key = key(username);
		Instant now = clock.instant();
		jdbc.update("""
				insert into sign_in_failure (username, failures, window_started_at) values (?, 0, ?)
				on conflict (username) do nothing""", key, Timestamp.from(now));
		FailedSignIns before = read(key, true).orElseThrow();
		FailedSignIns after = before.after(now, limits);
		jdbc.update("update sign_in_failure set failures = ?, window_started_at = ?, locked_until = ? where username = ?",
				after.failures(), Timestamp.from(after.windowStartedAt()),
				after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()), key);
		if (after.refuses(now) && !before.refuses(now)) {
			log.warn("Sign-in refused for username '{}' until {} after {} failures", key, after.lockedUntil(), after.failures());
		}
		forgetOld(now);
	}

	/** A successful sign-in forgets the failures counted before it (called only when there were any). */
	public void succeeded(String username) {
		jdbc.update("delete from sign_in_failure where username = ? and (locked_until is null or locked_until <= ?)",
				key(username), Timestamp.from(clock.instant()));
	}

	/** Rows whose window and lock are both long over, so that guessed usernames do not pile up. */
	private void forgetOld(Instant now) {
		Instant before = now.minus(limits.window().plus(limits.lock()));
		jdbc.update("delete from sign_in_failure where window_started_at < ? and (locked_until is null or locked_until < ?)",
				Timestamp.from(before), Timestamp.from(now));
	}

	private Optional<FailedSignIns> read(String key, boolean lock) {
		List<FailedSignIns> rows = jdbc.query(
				"select failures, window_started_at, locked_until from sign_in_failure where username = ?"
						+ (lock ? " for update" : ""),
				(rs, i) -> new FailedSignIns(rs.getInt(1), rs.getTimestamp(2).toInstant(),
						rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
				key);
		return rows.stream().findFirst();
	}

	static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
	}
}
