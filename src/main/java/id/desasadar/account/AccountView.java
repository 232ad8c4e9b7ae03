package id.desasadar.account;

import java.time.Instant;
import java.util.List;

/** An account as the accounts pages show it: never its password hash. */
record AccountView(long id, String username, String displayName, Role role, List<String> scopes, boolean enabled,
		Instant createdAt, long version) {

	static AccountView of(Account account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
				account.scopes().stream().sorted().toList(), account.enabled(), account.createdAt(), account.version());
	}
}
