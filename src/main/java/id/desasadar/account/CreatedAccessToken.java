package id.desasadar.account;

import java.time.Instant;

/** A token just created, with its secret: the only answer that ever holds it (api.md, Personal access tokens). */
record CreatedAccessToken(long id, String name, String prefix, AccessTokenScope scope, Instant createdAt,
		Instant expiresAt, String secret) {

	static CreatedAccessToken of(AccessTokenView token, AccessTokenSecret secret) {
		return new CreatedAccessToken(token.id(), token.name(), token.prefix(), token.scope(), token.createdAt(),
				token.expiresAt(), secret.value());
	}

	/** Never shows the secret (in a log, say). */
	@Override
	public String toString() {
		return "CreatedAccessToken[" + id + ", " + prefix + "...]";
	}
}
