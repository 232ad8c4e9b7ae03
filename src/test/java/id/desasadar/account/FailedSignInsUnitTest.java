package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FailedSignInsUnitTest {

	static final FailedSignIns.Limits LIMITS = new FailedSignIns.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(10));
	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	static FailedSignIns failures(int count, Instant from, Duration every) {
		FailedSignIns failures = FailedSignIns.none(from);
		for (int i = 0; i < count; i++) {
			failures = failures.after(from.plus(every.multipliedBy(i)), LIMITS);
		}
		return failures;
	}

	@Test
	void fourFailuresRefuseNothing() {
		FailedSignIns four = failures(4, T0, Duration.ofMinutes(1));
		assertThat(four.failures()).isEqualTo(4);
		assertThat(four.refuses(T0.plusSeconds(200))).isFalse();
	}

	@Test
	void theFifthFailureWithinTheWindowRefusesForTheLockTime() {
		FailedSignIns five = failures(5, T0, Duration.ofMinutes(1));
		Instant fifth = T0.plus(Duration.ofMinutes(4));
		assertThat(five.refuses(fifth)).isTrue();
		assertThat(five.refuses(fifth.plus(Duration.ofMinutes(10)).minusSeconds(1))).isTrue();
		assertThat(five.refuses(fifth.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void failuresSpreadBeyondTheWindowStartANewCount() {
		FailedSignIns spread = failures(5, T0, Duration.ofMinutes(4));
		assertThat(spread.failures()).isEqualTo(1);
		assertThat(spread.windowStartedAt()).isEqualTo(T0.plus(Duration.ofMinutes(16)));
		assertThat(spread.refuses(T0.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void aFailureAfterTheLockEndedCountsAfresh() {
		FailedSignIns locked = failures(5, T0, Duration.ofMinutes(1));
		FailedSignIns later = locked.after(T0.plus(Duration.ofMinutes(30)), LIMITS);
		assertThat(later.failures()).isEqualTo(1);
		assertThat(later.refuses(T0.plus(Duration.ofMinutes(30)))).isFalse();
	}

	@Test
	void limitsMustBePositive() {
		assertThatThrownBy(() -> new FailedSignIns.Limits(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FailedSignIns.Limits(5, Duration.ZERO, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
