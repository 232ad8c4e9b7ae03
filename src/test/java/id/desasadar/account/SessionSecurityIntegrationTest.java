package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import id.desasadar.IntegrationTest;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Page sessions (in PostgreSQL): a new id at sign-in, gone at sign-out, and an idle timeout. */
@IntegrationTest
class SessionSecurityIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void signingInChangesTheSessionId() throws Exception {
		String username = TestAccounts.create(registry, "sesi", Role.STAFF, "33.26");
		// A stranger's request keeps no session any more (issue #16): the session a browser may already carry is
		// one signed in before (another account's, or one planted by an attacker).
		Cookie before = TestAccounts.signIn(mvc, TestAccounts.create(registry, "sesi-lain", Role.STAFF, "33.26"), PASSWORD);
		assertThat(before).as("a session the browser already has").isNotNull();
		Cookie after = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
				.cookie(before)) // as a browser sends it
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getCookie(TestAccounts.SESSION);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(before).accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	/**
	 * Asking who is signed in loads the session; the connection that load takes must not ask again (audit's
	 * ActorOnConnections), or the session is read a second time nested in the first (as it was: three reads per
	 * page under the load test). Nor a second time after the page: Spring Session reads the session again when the
	 * response was committed before its filter ended, as Thymeleaf's flush at the end of every page did
	 * (spring-session#1731), and SessionSavedOnce holds that flush.
	 */
	@Test
	void aPageRequestReadsItsSessionOnce() throws Exception {
		String username = TestAccounts.create(registry, "sekali", Role.STAFF, "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger reading = new AtomicInteger();
		AtomicInteger nested = new AtomicInteger();
		MethodInterceptor counter = call -> {
			if (!call.getMethod().getName().equals("findById")) {
				return call.proceed();
			}
			reads.incrementAndGet();
			if (reading.getAndIncrement() > 0) {
				nested.incrementAndGet();
			}
			try {
				return call.proceed();
			}
			finally {
				reading.decrementAndGet();
			}
		};
		Advised store = (Advised) sessions;
		store.addAdvice(counter);
		try {
			mvc.perform(get("/workers").cookie(session)).andExpect(status().isOk());
		}
		finally {
			store.removeAdvice(counter);
		}
		assertThat(nested.get()).as("reads of the session within a read of the session").isZero();
		assertThat(reads.get()).as("reads of the session").isOne();
	}

	/**
	 * A page read does not write the session's row only to move its last access on by seconds (SessionStore): a
	 * write transaction per page saved. Once the last access stored is a minute old, the next read writes it, so the
	 * session stays alive while it is used.
	 */
	@Test
	void aSessionsLastAccessIsWrittenAtMostOnceAMinute() throws Exception {
		String username = TestAccounts.create(registry, "akses", Role.STAFF, "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		long signedIn = lastAccessOf(username);
		Thread.sleep(5); // so that a last access written by the next read would differ from the one stored

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccessOf(username)).as("the last access after a page read moments after signing in")
			.isEqualTo(signedIn);

		// as if the sign-in had been two minutes ago
		jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
				+ "expiry_time = expiry_time - 120000 where principal_name = ?", username);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccessOf(username)).as("the last access after a page read a minute or more on")
			.isGreaterThanOrEqualTo(signedIn);
		assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where principal_name = ?",
				Long.class, username)).as("the expiry moved on with it").isEqualTo(1_800_000L);
	}

	private long lastAccessOf(String username) {
		return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
				username);
	}

	@Test
	void signingOutInvalidatesTheSession() throws Exception {
		String username = TestAccounts.create(registry, "keluar", Role.STAFF, "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		assertThat(sessionsOf(username)).isEqualTo(1);
		mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));
		assertThat(sessionsOf(username)).as("the session row is deleted").isZero();
		mvc.perform(get("/").cookie(session).accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	private int sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, username);
	}

	@Test
	void idleSessionsExpireAfterThirtyMinutes() throws Exception {
		assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
		String username = TestAccounts.create(registry, "diam", Role.STAFF, "33.26");
		TestAccounts.signIn(mvc, username, PASSWORD);
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, username)).as("the stored session's idle limit, in seconds").isEqualTo(1800);
	}
}
