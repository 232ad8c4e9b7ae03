package id.desasadar.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.desasadar.region.Regions;
import id.desasadar.support.ConflictException;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts (issue #6, accounts): list and search, create, change role and
 * scopes, disable and enable, reset a password. Only accounts whose scopes all lie within the administrator's
 * are visible (others are 404). A change names the version it was read at: a stale one is {@code 409
 * stale-version}. No change may leave the application without an enabled administrator.
 */
@Component
class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);
	static final int PAGE_SIZE = 20;

	private final Accounts accounts;
	private final Regions regions;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final Clock clock;

	AccountAdministration(Accounts accounts, Regions regions, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.regions = regions;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AccountView> list(String search, int page, Viewer admin) {
		return accounts.findAll(Accounts.managedBy(admin).and(Accounts.matching(search)),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username"))).map(AccountView::of);
	}

	@Transactional(readOnly = true)
	public AccountView find(long id, Viewer admin) {
		return AccountView.of(managed(id, admin));
	}

	@Transactional
	public AccountView create(AccountForm form, Viewer admin) {
		AccountChecks checks = new AccountChecks();
		String username = checks.username(form.username());
		String displayName = checks.displayName(form.displayName());
		Role role = checks.role(form.role());
		Set<String> scopes = checks.scopes(form.scopeCodes(), role, admin, regions);
		checks.password("password", form.username(), form.password(), policy);
		if (username != null && accounts.existsByUsername(username)) {
			checks.add("username", "account.username.taken");
		}
		checks.throwIfAny();
		try {
			Account account = accounts.saveAndFlush(
					new Account(username, encoder.encode(form.password()), role, displayName, scopes, clock.instant()));
			log.info("Account '{}' ({}) created by '{}'", username, role, admin.username());
			return AccountView.of(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Created by someone else between the check and the insert.
			checks.add("username", "account.username.taken");
			checks.throwIfAny();
			throw ex;
		}
	}

	@Transactional
	public void change(long id, AccountForm form, Viewer admin) {
		Account account = current(id, form.version(), admin);
		AccountChecks checks = new AccountChecks();
		String displayName = checks.displayName(form.displayName());
		Role role = checks.role(form.role());
		Set<String> scopes = checks.scopes(form.scopeCodes(), role, admin, regions);
		if (role != null && role != Role.ADMIN) {
			keepAnAdministrator(account, checks, "role");
		}
		checks.throwIfAny();
		account.assign(role, displayName, scopes);
		accounts.flush();
		log.info("Account '{}' set to {} {} by '{}'", account.username(), role, scopes, admin.username());
	}

	@Transactional
	public void enable(long id, boolean enabled, Long version, Viewer admin) {
		Account account = current(id, version, admin);
		if (!enabled) {
			AccountChecks checks = new AccountChecks();
			keepAnAdministrator(account, checks, "enabled");
			checks.throwIfAny();
		}
		account.enable(enabled);
		accounts.flush();
		log.info("Account '{}' {} by '{}'", account.username(), enabled ? "enabled" : "disabled", admin.username());
	}

	@Transactional
	public void resetPassword(long id, String password, Long version, Viewer admin) {
		Account account = current(id, version, admin);
		AccountChecks checks = new AccountChecks();
		checks.password("password", account.username(), password, policy);
		checks.throwIfAny();
		account.changePassword(encoder.encode(password));
		accounts.flush();
		log.info("Password of account '{}' reset by '{}'", account.username(), admin.username());
	}

	/**
	 * Refuses to demote or disable the last enabled administrator. The administrators' rows stay locked
	 * until the change commits, so two such changes at once see each other.
	 */
	private void keepAnAdministrator(Account account, AccountChecks checks, String field) {
		if (!account.activeAdministrator()) {
			return;
		}
		List<Long> others = accounts.lockActiveAdministrators().stream().filter(other -> !other.equals(account.id())).toList();
		if (others.isEmpty()) {
			checks.add(field, "account.last-admin");
		}
	}

	private Account current(long id, Long version, Viewer admin) {
		Account account = managed(id, admin);
		if (version == null) {
			// Not a conflict with anyone: the request did not say which version it changes (issue #16).
			throw new InvalidInputException("version", "problem.field.required");
		}
		if (version != account.version()) {
			throw new ConflictException("stale-version", "problem.stale-version", Map.of());
		}
		return account;
	}

	private Account managed(long id, Viewer admin) {
		return accounts.findById(id)
			.filter(account -> account.scopes().stream().allMatch(admin::sees))
			.orElseThrow(() -> new NotFoundException("account", id));
	}
}
