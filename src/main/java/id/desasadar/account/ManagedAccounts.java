package id.desasadar.account;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which accounts an administrator manages, for what other features show about accounts (issue #16, item 6): the
 * accounts pages' own rule ({@link Accounts#managedBy}: every scope of the account lies within the
 * administrator's, so an administrator of Jawa Tengah does not manage an account that also sees another province).
 * Import jobs of other uploaders and the audit history of accounts are shown within the same line, and a job or an
 * account outside it is answered as unknown (404), so that its existence is not given away either.
 */
@Component
public class ManagedAccounts {

	private final Accounts accounts;

	ManagedAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Whether the viewer is an administrator who manages the account of this username. */
	public boolean manages(Viewer admin, String username) {
		return admin.is(Role.ADMIN) && accounts.exists(
				Accounts.managedBy(admin).and((root, query, cb) -> cb.equal(root.get("username"), username)));
	}

	/** The ids of the accounts the administrator manages, as text (the audit trail's record ids); none for others. */
	public List<String> ids(Viewer admin) {
		if (!admin.is(Role.ADMIN)) {
			return List.of();
		}
		return accounts.findAll(Accounts.managedBy(admin)).stream().map(account -> String.valueOf(account.id())).toList();
	}
}
