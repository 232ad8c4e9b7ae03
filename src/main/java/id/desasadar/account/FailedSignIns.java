package id.desasadar.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins of one username: how many since the window started, and until when further attempts
 * are refused. After {@code maxFailures} failures within {@code window}, sign-in is refused for {@code lock},
 * whatever the password; a failure after the window has passed starts a new count.
 */
record FailedSignIns(int failures, Instant windowStartedAt, Instant lockedUntil) {

	/** The rule's numbers: {@code desa-sadar.security.sign-in.*}. */
	record Limits(int maxFailures, Duration window, Duration lock) {

		Limits {
			if (maxFailures < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
				throw new IllegalArgumentException("sign-in limits must be positive");
			}
		}
	}

	/** No failure yet: the row as first inserted. */
	static FailedSignIns none(Instant now) {
		return new FailedSignIns(0, now, null);
	}

	/** The count after one more failure at {@code now}. */
	FailedSignIns after(Instant now, Limits limits) {
		boolean windowPassed = !now.isBefore(windowStartedAt.plus(limits.window()));
		int count = windowPassed ? 1 : failures + 1;
		Instant started = windowPassed ? now : windowStartedAt;
		Instant locked = count >= limits.maxFailures() ? now.plus(limits.lock()) : lockedUntil;
		return new FailedSignIns(count, started, locked);
	}

	boolean refuses(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}
}
