package id.desasadar.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Accounts that no other test touches (the demo accounts are shared by every test), and signing in as them. */
final class TestAccounts {

	static final String PASSWORD = "sawah hijau di Sragi 2019";
	private static final AtomicInteger SERIAL = new AtomicInteger();
	private static final String RUN = Long.toString(ProcessHandle.current().pid() % 46656, 36);

	private TestAccounts() {
	}

	static String freshUsername(String prefix) {
		return prefix + "." + RUN + "-" + SERIAL.incrementAndGet();
	}

	/** A new account with {@link #PASSWORD}, straight through the registry (as the demo data does). */
	static String create(AccountRegistry registry, String prefix, Role role, String... scopes) {
		String username = freshUsername(prefix);
		registry.createIfMissing(username, PASSWORD, role, "Uji " + username, Set.of(scopes));
		return username;
	}

	/**
	 * Signs in through the login form and answers the session cookie, as a browser keeps it: sessions live in
	 * PostgreSQL (Spring Session), found by this cookie, not in the servlet container.
	 */
	static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn().getResponse().getCookie(SESSION);
		if (session == null) {
			throw new AssertionError("no session cookie after sign-in");
		}
		return session;
	}

	static final String SESSION = "SESSION";
}
