package id.desasadar.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, with hashed passwords; used by the first start and the demo data. */
@Component
public class AccountRegistry {

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final Clock clock;

	AccountRegistry(Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public void createIfMissing(String username, String rawPassword, Role role, String displayName, Set<String> scopes) {
		String name = username.toLowerCase(Locale.ROOT);
		if (!accounts.existsByUsername(name)) {
			accounts.save(new Account(name, passwords.encode(rawPassword), role, displayName, scopes, clock.instant()));
		}
	}

	public boolean anyExists() {
		return accounts.count() > 0;
	}
}
