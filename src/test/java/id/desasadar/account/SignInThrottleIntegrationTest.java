package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.IntStream;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * After 5 failed sign-ins for a username within 15 minutes, sign-in with it is refused for 15 minutes,
 * whatever the password, on the form and the API alike, and the same for a username that is no account.
 * The other tests run with a limit too high to reach (they send wrong passwords to the shared demo accounts).
 */
@IntegrationTest
@TestPropertySource(properties = "desa-sadar.security.sign-in.max-failures=5")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	String account() {
		return TestAccounts.create(registry, "kunci", Role.STAFF, "33.26");
	}

	void failFormSignIns(String username, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			mvc.perform(formLogin().user(username).password("salah-" + i)).andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void theFormRefusesEvenTheRightPasswordAfterFiveFailures() throws Exception {
		String username = account();
		failFormSignIns(username, 4);
		TestAccounts.signIn(mvc, username, PASSWORD);
		// The success forgot the four failures: five more are needed.
		failFormSignIns(username, 5);
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(containsString("Terlalu banyak percobaan masuk")));
		// Another account is not concerned.
		TestAccounts.signIn(mvc, account(), PASSWORD);
	}

	@Test
	void aUsernameThatIsNoAccountIsThrottledTheSame() throws Exception {
		String nobody = TestAccounts.freshUsername("tidak-ada");
		failFormSignIns(nobody, 5);
		mvc.perform(formLogin().user(nobody).password(PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void theApiAnswers429WithProblemJsonAndRetryAfter() throws Exception {
		String username = account();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, "salah"))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("(89\\d|900)")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("too-many-sign-ins"))
			.andExpect(jsonPath("$.status").value(429));
	}

	@Test
	void failuresAtTheSameMomentAllCount() throws Exception {
		String username = account();
		// One builder per request: a builder is not safe to share between threads.
		List<MockHttpServletRequestBuilder> guesses = IntStream.range(0, 5)
			.mapToObj(i -> get("/api/v1/regions/33.26").with(httpBasic(username, "tebakan-" + i))).toList();
		assertThat(Api.statusesAtOnce(mvc, guesses)).containsOnly(401);
		assertThat(jdbc.queryForObject("select failures from sign_in_failure where username = ?", Integer.class, username))
			.isEqualTo(5);
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isTooManyRequests());
	}

	@Test
	void signInWorksAgainOnceTheLockHasPassed(CapturedOutput output) throws Exception {
		String username = account();
		failFormSignIns(username, 5);
		assertThat(output).contains("Sign-in refused for username '" + username + "'").doesNotContain("salah-3");
		jdbc.update("""
				update sign_in_failure set window_started_at = window_started_at - interval '1 hour',
				  locked_until = locked_until - interval '1 hour' where username = ?""", username);
		TestAccounts.signIn(mvc, username, PASSWORD);
		assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = ?", Long.class, username))
			.isZero();
	}
}
