package id.desasadar.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it, carrying the {@link Viewer} the features use, and the
 * account's version at sign-in: a page session ends once the account has changed ({@link StaleSessions}).
 * A page session keeps it serialized in PostgreSQL (Spring Session JDBC, shared by every instance), always
 * {@link #withoutPassword() without the password hash}. Being a record, it is read back through its constructor
 * by component name, so a release that adds a component still reads the sessions of the one before.
 */
public record AccountPrincipal(Viewer viewer, String displayName, String password, boolean enabled, long version)
		implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(viewer.role().authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return viewer.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same without the password hash, which a session need not keep. */
	AccountPrincipal withoutPassword() {
		return new AccountPrincipal(viewer, displayName, null, enabled, version);
	}

	/** Never shows the password hash (in logs, say). */
	@Override
	public String toString() {
		return "AccountPrincipal[" + viewer.username() + "]";
	}
}
