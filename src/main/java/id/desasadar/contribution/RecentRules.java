package id.desasadar.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule table, read again once it is older than a maximum age. Every quote needs the whole table, and
 * a payment several quotes, so reading four tables each time made registration and payment imports slow;
 * the rules change by decree, rarely. A change made on the rules page is read at once on the instance that
 * saved it ({@link #forget}) and after at most the maximum age ({@code desa-sadar.contribution.rules-max-age},
 * a minute) on every other.
 */
@Component
class RecentRules implements Supplier<RateTable> {

	private record Snapshot(RateTable table, Instant readAt) {
	}

	private final Supplier<RateTable> source;
	private final Duration maxAge;
	private final Clock clock;
	private volatile Snapshot snapshot;

	@Autowired
	RecentRules(StoredRules storedRules, @Value("${desa-sadar.contribution.rules-max-age:PT1M}") Duration maxAge,
			Clock clock) {
		this(storedRules::load, maxAge, clock);
	}

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

	/** The next quote reads the rules again: they were just changed here. */
	void forget() {
		snapshot = null;
	}

	/** How long a change may take to count on another instance. */
	Duration maxAge() {
		return maxAge;
	}
}
