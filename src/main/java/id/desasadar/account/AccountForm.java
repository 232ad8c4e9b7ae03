package id.desasadar.account;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The account form of the accounts pages, as typed: scopes as region codes separated by commas or spaces.
 * A new account also takes a username and a first password; a change carries the version it was read at.
 */
record AccountForm(String username, String displayName, String role, String scopes, String password, Long version) {

	static AccountForm blank() {
		return new AccountForm("", "", "", "", "", null);
	}

	static AccountForm of(AccountView account) {
		return new AccountForm(account.username(), account.displayName(), account.role().name(),
				String.join(", ", account.scopes()), "", account.version());
	}

	/** Never shows the password (in a log, say). */
	@Override
	public String toString() {
		return "AccountForm[" + username + ", " + role + ", " + scopes + ", version " + version + "]";
	}

	Set<String> scopeCodes() {
		Set<String> codes = new LinkedHashSet<>();
		if (scopes != null) {
			Arrays.stream(scopes.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).forEach(codes::add);
		}
		return codes;
	}
}
