package id.desasadar.load;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
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
 * (each registration: the booth form sent, then the booth page with its tally shown again), as fast as the
 * application answers, while managers read the dashboards of their regency and of a district. Everyone signs
 * in once with the login form and keeps a session, as on a phone. Run it with {@code ./mvnw -Pload verify}
 * (README, docs/performance.md); Gatling prints the figures and writes its report under target/gatling.
 * <p>
 * Settings (system properties): {@code load.baseUrl}, {@code load.staff} (300), {@code load.managers} (20),
 * {@code load.seconds} of steady load per user (60), {@code load.rampSeconds} (30).
 */
public class CampaignDaySimulation extends Simulation {

	static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8089");
	static final int STAFF = Integer.getInteger("load.staff", 300);
	static final int MANAGERS = Integer.getInteger("load.managers", 20);
	static final int SECONDS = Integer.getInteger("load.seconds", 60);
	static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 30);

	/** The Festival Nasi Goreng Wonopringgo of the demo data, and its village. */
	static final Map<String, Object> FESTIVAL = festival();

	/** Valid NIKs of Kecamatan Wonopringgo (33.26.12) never registered before: born from 1980 on (a self-employed worker must be under 65). */
	static final AtomicLong SERIAL = new AtomicLong();

	static final Iterator<Map<String, Object>> NEW_WORKERS = Stream.generate(() -> {
		long n = SERIAL.getAndIncrement();
		LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n / 9000);
		boolean female = n % 2 == 1;
		String nik = "332612%02d%02d%02d%04d".formatted(born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
				born.getYear() % 100, n % 9000 + 1000);
		return Map.<String, Object>of("nik", nik, "name", "Beban Uji Contoh " + n, "birthDate", born.toString(),
				"sex", female ? "FEMALE" : "MALE");
	}).iterator();

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).disableFollowRedirect()
		.acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("id")
		.userAgentHeader("Desa Sadar load test");

	static ChainBuilder signIn(String username) {
		return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", username).formParam("password", "demo").formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not(BASE_URL + "/login?error")));
	}

	final ScenarioBuilder booth = scenario("booth officer")
		.exec(session -> session.set("event", FESTIVAL.get("id")).set("village", FESTIVAL.get("villageCode")))
		.exec(signIn("staff"))
		.exec(http("booth page").get("/events/#{event}/booth").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.during(Duration.ofSeconds(SECONDS)).on(
			feed(NEW_WORKERS)
				.exec(http("registration").post("/events/#{event}/booth")
					.formParam("_csrf", "#{csrf}").formParam("nik", "#{nik}").formParam("name", "#{name}")
					.formParam("birthDate", "#{birthDate}").formParam("sex", "#{sex}").formParam("phone", "")
					.formParam("villageCode", "#{village}").formParam("occupation", "Penjual nasi goreng")
					.formParam("sector", "TRADE").formParam("monthlyIncome", "1000000").formParam("consent", "true")
					.formParam("programs", "JKK").formParam("programs", "JKM").formParam("payer", "SELF")
					.check(status().is(302)))
				.exec(http("booth page").get("/events/#{event}/booth").check(status().is(200))));

	final ScenarioBuilder manager = scenario("manager")
		.exec(signIn("manager"))
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

	/** Asks the API once, before the load, which event and village the booths are at. */
	static Map<String, Object> festival() {
		try {
			HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(BASE_URL + "/api/v1/events?villageCode=33.26.12.2008&from=2019-08-21&to=2019-08-21"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(events.body());
			if (events.statusCode() != 200 || !id.find()) {
				throw new IllegalStateException("no demo festival: " + events.statusCode() + " " + events.body());
			}
			return Map.of("id", Long.parseLong(id.group(1)), "villageCode", "33.26.12.2008");
		}
		catch (Exception ex) {
			throw new IllegalStateException("the application at " + BASE_URL + " does not answer", ex);
		}
	}
}
