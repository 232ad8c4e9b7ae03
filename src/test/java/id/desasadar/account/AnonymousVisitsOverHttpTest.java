package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.TestDatabase;
import id.desasadar.support.RawHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #16, item 6, through the real server and its cookies (Spring Security's {@code csrf()} of MockMvc tests swaps
 * the token store, so these send real tokens): a stranger's visit writes nothing to the database, the sign-in form's
 * token works without a session, a signed-in person's token is bound to their session, and no redirect or address
 * follows a forged {@code Host}. Same configuration as support.ApiErrorsOverHttpTest, so both share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "desa-sadar.public-url=https://desasadar.example.id")
@Import(TestDatabase.class)
class AnonymousVisitsOverHttpTest {

	static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRegistry registry;

	RawHttp.Answer get(String path, String... headers) throws Exception {
		return new RawHttp(port).send("GET " + path + " HTTP/1.1\nHost: localhost\nAccept: text/html\n"
				+ String.join("\n", headers), null);
	}

	RawHttp.Answer post(String path, String form, String... headers) throws Exception {
		return new RawHttp(port).send("POST " + path + " HTTP/1.1\nHost: localhost\nAccept: text/html\n"
				+ "Content-Type: application/x-www-form-urlencoded\n" + String.join("\n", headers), form);
	}

	int sessionRows() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	/** The value of a cookie the answer sets, or null. */
	static String cookie(RawHttp.Answer answer, String name) {
		String all = answer.header("Set-Cookie");
		if (all == null) {
			return null;
		}
		for (String line : all.split("\n")) {
			if (line.startsWith(name + "=")) {
				return line.substring(name.length() + 1, line.indexOf(';') < 0 ? line.length() : line.indexOf(';'));
			}
		}
		return null;
	}

	static String token(Pattern pattern, String page) {
		Matcher found = pattern.matcher(page);
		assertThat(found.find()).as("a CSRF token on the page").isTrue();
		return found.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Signs in through the form with its own token; answers the new session's cookie value. */
	String signIn(String username) throws Exception {
		RawHttp.Answer form = get("/login");
		String csrfCookie = cookie(form, "XSRF-TOKEN");
		assertThat(csrfCookie).as("the sign-in form's token cookie").isNotNull();
		RawHttp.Answer signedIn = post("/login", "username=" + encode(username) + "&password="
				+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(token(FORM_TOKEN, form.body())), "Cookie: XSRF-TOKEN=" + csrfCookie);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/");
		String session = cookie(signedIn, "SESSION");
		assertThat(session).as("a session once signed in").isNotNull();
		return session;
	}

	@Test
	void aStrangersVisitsWriteNoSessionRow() throws Exception {
		int before = sessionRows();
		for (int i = 0; i < 10; i++) {
			RawHttp.Answer login = get("/login");
			assertThat(login.status()).isEqualTo(200);
			assertThat(cookie(login, "SESSION")).isNull();
			assertThat(get("/login?error").status()).isEqualTo(200);
			assertThat(get("/error").status()).isBetween(400, 599);
			assertThat(get("/v/AAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
			assertThat(get("/css/app.css").status()).isEqualTo(200);
			assertThat(get("/workers").status()).isEqualTo(302);
			assertThat(get("/no-such-page").status()).isEqualTo(302);
			// a sign-in refused for its missing token, and one with a wrong password
			assertThat(post("/login", "username=admin&password=demo").status()).isEqualTo(403);
			RawHttp.Answer form = get("/login");
			assertThat(post("/login", "username=nobody&password=wrong&_csrf=" + encode(token(FORM_TOKEN, form.body())),
					"Cookie: XSRF-TOKEN=" + cookie(form, "XSRF-TOKEN")).header("Location")).isEqualTo("/login?error");
		}
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void theSignInFormWorksWithItsTokenAndRefusesAPostWithout() throws Exception {
		String username = TestAccounts.create(registry, "form", Role.STAFF, "33.26");
		RawHttp.Answer form = get("/login");
		String csrfCookie = cookie(form, "XSRF-TOKEN");
		String token = token(FORM_TOKEN, form.body());
		String credentials = "username=" + encode(username) + "&password=" + encode(TestAccounts.PASSWORD);
		assertThat(post("/login", credentials, "Cookie: XSRF-TOKEN=" + csrfCookie).status()).as("no token").isEqualTo(403);
		assertThat(post("/login", credentials + "&_csrf=" + encode(token)).status()).as("no cookie").isEqualTo(403);
		RawHttp.Answer other = get("/login");
		assertThat(post("/login", credentials + "&_csrf=" + encode(token), "Cookie: XSRF-TOKEN=" + cookie(other, "XSRF-TOKEN"))
			.status()).as("another visitor's cookie").isEqualTo(403);
		String session = signIn(username);
		RawHttp.Answer home = get("/", "Cookie: SESSION=" + session);
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"logout\"");
	}

	@Test
	void aTokenOfOneSessionIsRefusedInAnother() throws Exception {
		String sessionA = signIn(TestAccounts.create(registry, "sesia", Role.STAFF, "33.26"));
		String sessionB = signIn(TestAccounts.create(registry, "sesib", Role.STAFF, "33.26"));
		RawHttp.Answer pageA = get("/", "Cookie: SESSION=" + sessionA);
		String tokenA = token(META_TOKEN, pageA.body());
		String tokenB = token(META_TOKEN, get("/", "Cookie: SESSION=" + sessionB).body());
		assertThat(token(META_TOKEN, get("/", "Cookie: SESSION=" + sessionB).body())).as("masked anew in every page")
			.isNotEqualTo(tokenB);
		// A's browser sends along every cookie it holds, B's session cookie put in place of its own
		String cookieA = cookie(pageA, "XSRF-TOKEN");
		assertThat(cookieA).as("a signed-in person's token is kept in the session, not in a cookie").isNull();
		RawHttp.Answer crossed = post("/logout", "_csrf=" + encode(tokenA), "Cookie: SESSION=" + sessionB
				+ (cookieA == null ? "" : "; XSRF-TOKEN=" + cookieA));
		assertThat(crossed.status()).as("A's token in B's session").isEqualTo(403);
		assertThat(get("/", "Cookie: SESSION=" + sessionB).status()).as("B still signed in").isEqualTo(200);
		RawHttp.Answer own = post("/logout", "_csrf=" + encode(tokenB), "Cookie: SESSION=" + sessionB);
		assertThat(own.status()).isEqualTo(302);
		assertThat(own.header("Location")).isEqualTo("/login?logout");
		assertThat(get("/", "Cookie: SESSION=" + sessionB).header("Location")).as("B signed out").isEqualTo("/login");
		assertThat(get("/", "Cookie: SESSION=" + sessionA).status()).as("A untouched").isEqualTo(200);
	}

	@Test
	void redirectsAndAddressesNameNoForgedHost() throws Exception {
		RawHttp.Answer toLogin = new RawHttp(port).send("GET /workers?page=1 HTTP/1.1\nHost: evil.example\nAccept: text/html", null);
		assertThat(toLogin.status()).isEqualTo(302);
		assertThat(toLogin.header("Location")).isEqualTo("/login");
		String username = TestAccounts.create(registry, "host", Role.STAFF, "33.26");
		RawHttp.Answer form = new RawHttp(port).send("GET /login HTTP/1.1\nHost: evil.example\nAccept: text/html", null);
		assertThat(form.body()).doesNotContain("evil.example");
		RawHttp.Answer signedIn = new RawHttp(port).send("POST /login HTTP/1.1\nHost: evil.example\nAccept: text/html\n"
				+ "Content-Type: application/x-www-form-urlencoded\nCookie: XSRF-TOKEN=" + cookie(form, "XSRF-TOKEN")
				+ "; DESA_SADAR_CONTINUE=" + cookie(toLogin, "DESA_SADAR_CONTINUE"),
				"username=" + encode(username) + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf="
						+ encode(token(FORM_TOKEN, form.body())));
		assertThat(signedIn.header("Location")).isEqualTo("/workers?page=1");
		RawHttp.Answer out = new RawHttp(port).send("POST /logout HTTP/1.1\nHost: evil.example\nAccept: text/html\n"
				+ "Content-Type: application/x-www-form-urlencoded\nCookie: SESSION=" + cookie(signedIn, "SESSION"),
				"_csrf=" + encode(token(META_TOKEN, new RawHttp(port).send("GET / HTTP/1.1\nHost: evil.example\nAccept: text/html\n"
						+ "Cookie: SESSION=" + cookie(signedIn, "SESSION"), null).body())));
		assertThat(out.header("Location")).isEqualTo("/login?logout");
	}
}
