package id.desasadar.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The rule table, read again once it is older than a maximum age. Every quote needs the whole table, and
 * a payment several quotes, so reading four tables each time made registration and payment imports slow;
 * the rules change by decree, rarely, and a change counts after at most the maximum age on every instance.
 */
final class RecentRules implements Supplier<RateTable> {

	private record Snapshot(RateTable table, Instant readAt) {
	}

	private final Supplier<RateTable> source;
	private final Duration maxAge;
	private final Clock clock;
	private volatile Snapshot snapshot;

	RecentRules(Supplier<RateTable> source, Duration maxAge, Clock clock) {
		this.source = Objects.requireNonNull(source);
		this.maxAge = Objects.requireNonNull(maxAge);
		this.clock = Objects.requireNonNull(clock);
	}

	@Override
	public RateTable get() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || !current.readAt().plus(maxAge).isAfter(now)) {
			current = new Snapshot(source.get(), now);
			snapshot = current;
		}
		return current.table();
	}
}
