package id.desasadar.account;

import java.time.Instant;

/**
 * A personal access token as its owner and the administrators see it: never the secret nor its hash, only the
 * prefix that tells it apart.
 */
record AccessTokenView(long id, String name, String prefix, AccessTokenScope scope, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy, Status status) {

	enum Status {
		ACTIVE, EXPIRED, REVOKED
	}

	static Status statusOf(Instant expiresAt, Instant revokedAt, Instant now) {
		return revokedAt != null ? Status.REVOKED : !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
	}

	boolean active() {
		return status == Status.ACTIVE;
	}
}
