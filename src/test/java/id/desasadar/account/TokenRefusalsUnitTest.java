package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class TokenRefusalsUnitTest {

	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-12-04T08:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final List<Map<String, Object>> recorded = new ArrayList<>();
	final MovingClock clock = new MovingClock();
	final TokenRefusals refusals;

	TokenRefusalsUnitTest() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("trail", (RefusedTokenUses) (actor, tokenId, details) -> recorded.add(details));
		refusals = new TokenRefusals(beans.getBeanProvider(RefusedTokenUses.class), clock);
	}

	@Test
	void recordsOneRowPerTokenAndReasonAMinute() {
		assertThat(refusals.refused("staff", 7L, "revoked", "GET", "/api/v1/regions/33")).isTrue();
		for (int i = 0; i < 100; i++) {
			assertThat(refusals.refused("staff", 7L, "revoked", "GET", "/api/v1/regions/33")).isFalse();
		}
		assertThat(refusals.refused("staff", 7L, "read-only", "POST", "/api/v1/workers")).as("another reason").isTrue();
		assertThat(refusals.refused("staff", 8L, "revoked", "GET", "/api/v1/regions/33")).as("another token").isTrue();
		clock.now = clock.now.plus(Duration.ofSeconds(59));
		assertThat(refusals.refused("staff", 7L, "revoked", "GET", "/api/v1/regions/33")).isFalse();
		clock.now = clock.now.plus(Duration.ofSeconds(1));
		assertThat(refusals.refused("staff", 7L, "revoked", "GET", "/api/v1/regions/33")).as("a minute later").isTrue();
		assertThat(recorded).hasSize(4);
		assertThat(recorded.get(0)).containsEntry("reason", "revoked").containsEntry("method", "GET")
			.containsEntry("path", "/api/v1/regions/33");
	}

	@Test
	void madeUpTokensCountAsOne() {
		assertThat(refusals.refused("anonymous", null, "unknown", "GET", "/api/v1/workers")).isTrue();
		assertThat(refusals.refused("anonymous", null, "unknown", "GET", "/api/v1/campaigns")).isFalse();
		assertThat(recorded).hasSize(1);
	}
}
