package id.desasadar.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it, carrying the {@link Viewer} the features use. */
public record AccountPrincipal(Viewer viewer, String displayName, String password, boolean enabled)
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

	/** The password hash is not kept past sign-in in the session. */
	@Override
	public String toString() {
		return "AccountPrincipal[" + viewer.username() + "]";
	}
}
