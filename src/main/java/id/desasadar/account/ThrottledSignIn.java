package id.desasadar.account;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.TransactionException;

/**
 * Sign-in with username and password, for the login form and HTTP Basic alike: refused while the username
 * is throttled ({@link SignInThrottle}), whatever the password; each failure counted, a success forgets them.
 * A disabled account is checked only after its password, so that a wrong password to it costs the same
 * BCrypt check and answers the same as to any other account.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final SignInThrottle throttle;

	ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("account disabled");
			}
		});
		this.throttle = throttle;
	}

	/**
	 * A database out of reach (no connection for the throttle's read, or for counting a failure in its own
	 * transaction) fails the sign-in as Spring's own provider does, not as an unexpected error; the cause stays,
	 * so that the form and HTTP Basic answer it as an outage ({@link SecurityConfiguration}), not a wrong password.
	 */
	@Override
	public Authentication authenticate(Authentication attempt) {
		try {
			return throttled(attempt);
		}
		catch (DataAccessException | TransactionException ex) {
			throw new InternalAuthenticationServiceException("sign-in could not be checked", ex);
		}
	}

	private Authentication throttled(Authentication attempt) {
		String username = attempt.getName();
		boolean failedBefore = throttle.check(username).isPresent();
		try {
			Authentication signedIn = passwords.authenticate(attempt);
			if (failedBefore) {
				throttle.succeeded(username);
			}
			AccountPrincipal principal = ((AccountPrincipal) signedIn.getPrincipal()).withoutPassword();
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			throttle.failed(username);
			throw new BadCredentialsException("bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
