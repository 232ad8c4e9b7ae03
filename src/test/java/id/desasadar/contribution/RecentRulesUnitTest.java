package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentRulesUnitTest {

	final AtomicInteger reads = new AtomicInteger();
	final RateTable table = new RateTable(List.of(), List.of(), List.of(), List.of());

	RecentRules rulesAt(Instant[] now) {
		Clock clock = new Clock() {
			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		return new RecentRules(() -> {
			reads.incrementAndGet();
			return table;
		}, Duration.ofMinutes(1), clock);
	}

	@Test
	void readsTheRulesOnceWithinTheMaximumAge() {
		Instant[] now = { Instant.parse("2026-11-22T08:00:00Z") };
		RecentRules rules = rulesAt(now);
		rules.get();
		now[0] = now[0].plusSeconds(59);
		assertThat(rules.get()).isSameAs(table);
		assertThat(reads).hasValue(1);
	}

	@Test
	void readsThemAgainOnceTheyAreOlder() {
		Instant[] now = { Instant.parse("2026-11-22T08:00:00Z") };
		RecentRules rules = rulesAt(now);
		rules.get();
		now[0] = now[0].plusSeconds(60);
		rules.get();
		assertThat(reads).hasValue(2);
	}
}
