package id.desasadar.card;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public check's rate limit: at most {@code desa-sadar.card.check-per-minute} requests a minute from one
 * address (30 by default: a booth's officer checks a few cards, no one scans 30 a minute), counted in fixed
 * one-minute windows on each instance. It is there to make guessing codes slower still, not to count exactly, so
 * an instance's own count is enough; behind a proxy, the address is the client's only with
 * {@code server.forward-headers-strategy} set. The table forgets the previous minute's addresses.
 */
@Component
class CheckThrottle {

	private final Clock clock;
	private final int perMinute;
	private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
	private volatile long minute;

	CheckThrottle(Clock clock, @Value("${desa-sadar.card.check-per-minute:30}") int perMinute) {
		this.clock = clock;
		this.perMinute = perMinute;
	}

	/** Counts a request from this address; {@code false} once the address asked too often this minute. */
	boolean allows(String address) {
		long now = clock.millis() / Duration.ofMinutes(1).toMillis();
		if (now != minute) {
			synchronized (this) {
				if (now != minute) {
					counts.clear();
					minute = now;
				}
			}
		}
		return counts.computeIfAbsent(address, key -> new AtomicInteger()).incrementAndGet() <= perMinute;
	}

	/** Seconds until the next window opens, for {@code Retry-After}. */
	long retryAfterSeconds() {
		return 60 - (clock.millis() / 1000) % 60;
	}
}
