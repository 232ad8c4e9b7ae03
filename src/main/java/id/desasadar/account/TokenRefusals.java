package id.desasadar.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records refused uses of tokens in the audit trail, at most one row per token and reason a minute (per instance):
 * a client left running with a revoked token, or a stranger sending made-up ones, must not flood the trail with a
 * row per request. Every token that matches none counts as one token here, so made-up tokens add one row a minute
 * at most. The rest are counted and logged at WARN, without the secret.
 */
@Component
class TokenRefusals {

	private static final Logger log = LoggerFactory.getLogger(TokenRefusals.class);
	static final Duration EVERY = Duration.ofMinutes(1);
	/** Beyond this many remembered keys, those older than a minute are forgotten. */
	private static final int PRUNE_AT = 10_000;

	private final ObjectProvider<RefusedTokenUses> trail;
	private final Clock clock;
	private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

	TokenRefusals(ObjectProvider<RefusedTokenUses> trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/** Answers whether an audit row was written for this refusal. */
	boolean refused(String actor, Long tokenId, String reason, String method, String path) {
		log.warn("Refused access token {} of '{}' ({}) on {} {}", tokenId == null ? "(unknown)" : tokenId, actor, reason,
				method, path);
		Instant now = clock.instant();
		AtomicBoolean due = new AtomicBoolean();
		lastRecorded.compute((tokenId == null ? "unknown" : tokenId) + "/" + reason, (key, last) -> {
			if (last == null || !now.isBefore(last.plus(EVERY))) {
				due.set(true);
				return now;
			}
			return last;
		});
		if (lastRecorded.size() > PRUNE_AT) {
			lastRecorded.values().removeIf(at -> now.isAfter(at.plus(EVERY)));
		}
		if (!due.get()) {
			return false;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", reason);
		details.put("method", method);
		details.put("path", path);
		trail.ifAvailable(uses -> uses.record(actor, tokenId, details));
		return true;
	}
}
