package id.desasadar.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in: a role and the regions they may see. Every change raises the version, which ends
 * the account's open page sessions ({@link StaleSessions}) and tells a second administrator editing it at the
 * same time that it changed meanwhile.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "display_name")
	private String displayName;

	private boolean enabled = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "account_scope", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code")
	private Set<String> scopes = new LinkedHashSet<>();

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, String displayName, Set<String> scopes, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
		this.scopes = new LinkedHashSet<>(scopes);
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	/** A new role and scopes together: a village head's single village is checked before (AccountChecks). */
	void assign(Role role, String displayName, Set<String> scopes) {
		this.role = role;
		this.displayName = displayName;
		this.scopes.clear();
		this.scopes.addAll(scopes);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/** An enabled administrator: one of those of whom at least one must remain. */
	boolean activeAdministrator() {
		return enabled && role == Role.ADMIN;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	String displayName() {
		return displayName;
	}

	boolean enabled() {
		return enabled;
	}

	Set<String> scopes() {
		return scopes;
	}
}
