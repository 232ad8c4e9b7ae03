package id.desasadar.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue #7, Load test: a campaign day. Staff at festival booths register one worker after another in booth mode
 * (each registration: what the booth's script sends, the JSON of a registration with its own id, answered with
 * the registration and the tally), as fast as the application answers, while managers read the dashboards of their regency and of a district. The booths are
 * festivals held today in villages spread over the districts of Kabupaten Pekalongan (created through the API
 * before the load), the staff shared out among them, each registering residents of its booth's village. Each
 * officer has an account of their own (created by the administrator before the load), so that the audit trail
 * names them and each connection meets the officers in turn, as on a real campaign day. Everyone signs in once
 * with the login form and keeps a session, as on a phone. Run it with
 * {@code ./mvnw -Pload verify} (README, docs/performance.md); Gatling prints the figures and writes its report
 * under target/gatling.
 * <p>
 * Settings (system properties): {@code load.baseUrl}, {@code load.staff} (300), {@code load.booths} (30; 1 puts
 * every officer in one village), {@code load.managers} (20), {@code load.seconds} of steady load per user (60),
 * {@code load.rampSeconds} (30).
 */
public class CampaignDaySimulation extends Simulation {

	static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8089");
	static final int STAFF = Integer.getInteger("load.staff", 300);
	static final int MANAGERS = Integer.getInteger("load.managers", 20);
	static final int SECONDS = Integer.getInteger("load.seconds", 60);
	static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 30);
	static final int BOOTHS = Integer.getInteger("load.booths", 30);
	static final Duration PAUSE = Duration.ofMillis(Math.round(1000 * Double.parseDouble(System.getProperty("load.pauseSeconds", "0"))));

	static final HttpClient SETUP = HttpClient.newHttpClient();
	static final String SETUP_AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));

	/** The booths: an event today in each of {@link #BOOTHS} villages; the officers are shared out among them. */
	static final List<Booth> BOOTH_LIST = booths();
	static final AtomicInteger OFFICERS = new AtomicInteger();

	/** The officers' accounts, one each; the run's own, so that a run against a kept database makes new ones. */
	static final String OFFICER_PASSWORD = "Uji-Beban-Petugas-2026";
	static final List<String> OFFICER_ACCOUNTS = officerAccounts();

	record Booth(long event, String village) {

		/** The first six digits of a NIK issued in the booth's district. */
		String nikPrefix() {
			return village.substring(0, 8).replace(".", "");
		}
	}

	/**
	 * Born from 1980 on (a self-employed worker must be under 65); with the serial, never registered before. The
	 * serial starts at random, so that a run against a database kept from an earlier run registers new NIKs too.
	 */
	static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(80_000_000));

	static final Iterator<Map<String, Object>> NEW_WORKERS = Stream.generate(() -> {
		long n = SERIAL.getAndIncrement();
		LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n / 9000);
		boolean female = n % 2 == 1;
		String nikSuffix = "%02d%02d%02d%04d".formatted(born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
				born.getYear() % 100, n % 9000 + 1000);
		return Map.<String, Object>of("nikSuffix", nikSuffix, "name", "Beban Uji Contoh " + n,
				"birthDate", born.toString(), "sex", female ? "FEMALE" : "MALE", "clientId", java.util.UUID.randomUUID().toString());
	}).iterator();

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).disableFollowRedirect()
		.acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("id")
		.userAgentHeader("Desa Sadar load test");

	/** Signs in as the session's {@code username} with its {@code password}. */
	static ChainBuilder signIn() {
		return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}").formParam("password", "#{password}").formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not(BASE_URL + "/login?error")));
	}

	final ScenarioBuilder booth = scenario("booth officer")
		.exec(session -> {
			int officer = OFFICERS.getAndIncrement();
			Booth booth = BOOTH_LIST.get(officer % BOOTH_LIST.size());
			return session.set("event", booth.event()).set("village", booth.village()).set("nikPrefix", booth.nikPrefix())
				.set("username", OFFICER_ACCOUNTS.get(officer % OFFICER_ACCOUNTS.size())).set("password", OFFICER_PASSWORD);
		})
		.exec(signIn())
		.exec(http("booth page").get("/events/#{event}/booth")
			.check(css("meta[name=_csrf]", "content").saveAs("csrf"), css("meta[name=_csrf_header]", "content").saveAs("csrfHeader")))
		.during(Duration.ofSeconds(SECONDS)).on(
			feed(NEW_WORKERS)
				// what the booth's script sends for each registration of its queue (js/booth.js): the JSON of
				// POST /api/v1/registrations with an id made on the phone, answered with the registration and the tally
				.exec(http("registration").post("/events/#{event}/booth/registrations")
					.header("#{csrfHeader}", "#{csrf}")
					.header("Content-Type", "application/json").header("Accept", "application/json")
					.body(StringBody("""
							{"clientId": "#{clientId}", "worker": {"nik": "#{nikPrefix}#{nikSuffix}", "name": "#{name}",
							 "birthDate": "#{birthDate}", "sex": "#{sex}", "phone": null, "villageCode": "#{village}",
							 "occupation": "Penjual nasi goreng", "segment": "BPU", "sector": "TRADE", "monthlyIncome": 1000000,
							 "villageRole": "RESIDENT", "consent": true},
							 "enrollment": {"programs": ["JKK", "JKM"], "payer": "SELF", "eventId": #{event}}}"""))
					// a substring, not a JSON path: parsing each answer takes CPU from the cores the load generator
					// shares with the application
					.check(status().is(201), substring("\"outcome\":\"CREATED\"").exists()))
				// spread, so that officers who signed in together do not send their registrations together
				.pause(PAUSE.dividedBy(2), PAUSE.plus(PAUSE.dividedBy(2))));

	final ScenarioBuilder manager = scenario("manager")
		.exec(session -> session.set("username", "manager").set("password", "demo"))
		.exec(signIn())
		.during(Duration.ofSeconds(SECONDS)).on(
			exec(http("dashboard regency").get("/dashboard?region=33.26").check(status().is(200)))
				.pause(Duration.ofMillis(500))
				.exec(http("dashboard district").get("/dashboard?region=33.26.12").check(status().is(200)))
				.pause(Duration.ofMillis(500)));

	{
		setUp(booth.injectOpen(rampUsers(STAFF).during(RAMP_SECONDS)),
				manager.injectOpen(rampUsers(MANAGERS).during(RAMP_SECONDS)))
			.protocols(protocol);
	}

	/**
	 * Before the load: villages taken in turn from the districts of Kabupaten Pekalongan (33.26), so that the
	 * booths spread over the districts, and a festival today in each.
	 */
	static List<Booth> booths() {
		List<List<String>> villagesByDistrict = new ArrayList<>();
		for (String district : codes(api("GET", "/api/v1/regions/33.26/children", null))) {
			villagesByDistrict.add(codes(api("GET", "/api/v1/regions/" + district + "/children", null)));
		}
		List<Booth> booths = new ArrayList<>();
		for (int i = 0; booths.size() < BOOTHS; i++) {
			List<String> villages = villagesByDistrict.get(i % villagesByDistrict.size());
			String village = villages.get(i / villagesByDistrict.size() % villages.size());
			String created = api("POST", "/api/v1/events", """
					{"villageCode": "%s", "name": "Festival Uji Beban %d", "kind": "FESTIVAL", "date": "%s",
					 "location": "Balai desa"}""".formatted(village, i + 1, LocalDate.now(ZoneId.of("Asia/Jakarta"))));
			Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created);
			if (!id.find()) {
				throw new IllegalStateException("no event id in " + created);
			}
			booths.add(new Booth(Long.parseLong(id.group(1)), village));
		}
		System.out.printf("Load: %d staff at %d booths in %d districts, %d managers, %d s ramp, %d s steady, %s between registrations%n",
				STAFF, booths.size(), Math.min(booths.size(), villagesByDistrict.size()), MANAGERS, RAMP_SECONDS, SECONDS, PAUSE);
		return booths;
	}

	/**
	 * Before the load: an account for each officer, staff of Kabupaten Pekalongan, created by the demo administrator
	 * on the accounts page (there is no account API), as an administrator would.
	 */
	static List<String> officerAccounts() {
		HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		page(admin, "/login", Map.of("username", "admin", "password", "demo"));
		String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
		List<String> accounts = new ArrayList<>();
		for (int i = 1; i <= STAFF; i++) {
			String username = "petugas-" + run + "-" + i;
			page(admin, "/admin/accounts", Map.of("username", username, "displayName", "Petugas Uji " + i, "role", "STAFF",
					"scopes", "33.26", "password", OFFICER_PASSWORD));
			accounts.add(username);
		}
		System.out.printf("Load: %d officers' accounts created%n", accounts.size());
		return accounts;
	}

	/** Sends a form of a page as a browser would: the page first, for its CSRF token; a redirect is success. */
	static void page(HttpClient browser, String path, Map<String, String> form) {
		try {
			String page = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on " + path);
			}
			StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
			form.forEach((name, value) -> body.append('&').append(name).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
			String location = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + " " + location);
			}
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("the application at " + BASE_URL + " does not answer", ex);
		}
	}

	static List<String> codes(String json) {
		List<String> codes = new ArrayList<>();
		Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([0-9.]+)\"").matcher(json);
		while (code.find()) {
			codes.add(code.group(1));
		}
		return codes;
	}

	static String api(String method, String path, String json) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
				.header("Authorization", SETUP_AUTHORIZATION).header("Accept", "application/json");
			request = json == null ? request.GET()
					: request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
			HttpResponse<String> answer = SETUP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() / 100 != 2) {
				throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
			}
			return answer.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("the application at " + BASE_URL + " does not answer", ex);
		}
	}
}
