package id.desasadar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Requests to the pages as a signed-in demo account (its real scopes and role, loaded as at sign-in), with
 * the CSRF token that every form carries.
 */
public final class Pages {

	private final UserDetailsService accounts;

	public Pages(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	public MockHttpServletRequestBuilder get(String username, String uri, Object... vars) {
		return MockMvcRequestBuilders.get(uri, vars).with(user(accounts.loadUserByUsername(username)));
	}

	public MockHttpServletRequestBuilder post(String username, String uri, Object... vars) {
		return MockMvcRequestBuilders.post(uri, vars).with(user(accounts.loadUserByUsername(username))).with(csrf());
	}
}
