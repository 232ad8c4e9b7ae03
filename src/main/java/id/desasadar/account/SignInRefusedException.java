package id.desasadar.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this username lately: refused whatever the password, and whether or not
 * such an account exists.
 */
class SignInRefusedException extends AuthenticationException {

	private final transient Duration retryAfter;

	SignInRefusedException(Duration retryAfter) {
		super("too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
