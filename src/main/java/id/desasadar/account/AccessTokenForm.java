package id.desasadar.account;

import java.time.Duration;

import id.desasadar.support.FieldChecks;

/**
 * What a person asks for when creating a token: a name of their own (which client it is for), the scope
 * ({@code READ_ONLY} unless {@code FULL} is asked for: the least that works) and the days until it expires (90
 * unless said, at most 365: a forgotten token does not stay valid for ever).
 */
record AccessTokenForm(String name, String scope, Integer expiresInDays) {

	static final int DEFAULT_DAYS = 90;
	static final int MAX_DAYS = 365;

	record Checked(String name, AccessTokenScope scope, Duration lifetime) {
	}

	static AccessTokenForm blank() {
		return new AccessTokenForm("", AccessTokenScope.READ_ONLY.name(), DEFAULT_DAYS);
	}

	/** Every bad field at once ({@code 400}). */
	Checked checked() {
		FieldChecks checks = new FieldChecks();
		String checkedName = checks.text("name", name, 60, true);
		AccessTokenScope checkedScope = checks.choice("scope", scope, AccessTokenScope.class, false);
		Long days = checks.number("expiresInDays", expiresInDays == null ? null : expiresInDays.longValue(), 1, MAX_DAYS,
				false);
		checks.throwIfAny();
		return new Checked(checkedName, checkedScope == null ? AccessTokenScope.READ_ONLY : checkedScope,
				Duration.ofDays(days == null ? DEFAULT_DAYS : days));
	}
}
