package id.desasadar.account;

import java.util.Locale;

import id.desasadar.region.RegionCode;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds an account by username for sign-in, pages and API alike. */
@Component
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		Viewer viewer = new Viewer(account.username(), account.role(),
				account.scopes().stream().sorted().map(RegionCode::new).toList());
		return new AccountPrincipal(viewer, account.displayName(), account.passwordHash(), account.enabled(),
				account.version());
	}
}
