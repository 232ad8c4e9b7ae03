package id.desasadar.account;

import java.util.Objects;

import id.desasadar.support.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password: the current one first (a session left open on a shared
 * computer must not be enough), then a new one of the {@link PasswordPolicy}, typed twice.
 */
@Component
class OwnPassword {

	private static final Logger log = LoggerFactory.getLogger(OwnPassword.class);

	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final SignInThrottle throttle;

	OwnPassword(Accounts accounts, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
	}

	/** The form's fields: {@code currentPassword}, {@code newPassword}, {@code confirmation}. */
	record Form(String currentPassword, String newPassword, String confirmation) {

		/** Never shows the passwords (in a log, say). */
		@Override
		public String toString() {
			return "OwnPassword.Form[...]";
		}
	}

	@Transactional
	public void change(String username, Form form) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account", username));
		AccountChecks checks = new AccountChecks();
		checkCurrent(account, form.currentPassword(), "currentPassword", checks);
		checks.password("newPassword", username, form.newPassword(), policy);
		if (checks.ok("newPassword") && !Objects.equals(form.newPassword(), form.confirmation())) {
			checks.add("confirmation", "account.password.confirmation");
		}
		checks.throwIfAny();
		account.changePassword(encoder.encode(form.newPassword()));
		accounts.flush();
		log.info("Account '{}' changed its own password", username);
	}

	/**
	 * The account's current password, as a change of one's own credentials asks for it (this password, a new
	 * access token): a problem of {@code field} when missing, wrong or throttled.
	 */
	@Transactional
	public void confirm(String username, String currentPassword, String field, AccountChecks checks) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account", username));
		checkCurrent(account, currentPassword, field, checks);
	}

	private void checkCurrent(Account account, String given, String field, AccountChecks checks) {
		String username = account.username();
		if (given == null || given.isEmpty()) {
			checks.add(field, "problem.field.required");
		}
		else if (throttle.refuses(username)) {
			// Guessing the current password in an open session counts as guessing at sign-in.
			checks.add(field, "account.password.throttled");
		}
		else if (!encoder.matches(given, account.passwordHash())) {
			throttle.failed(username);
			checks.add(field, "account.password.current-wrong");
		}
	}
}
