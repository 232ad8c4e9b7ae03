package id.desasadar.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.desasadar.browser.Browser;
import id.desasadar.browser.Chromium;
import id.desasadar.browser.FieldNetwork;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weight of the pages on a village network (issue #15, Light pages): a real Chromium (Debian's, as the browser
 * tests run it) on a 360-pixel phone screen opens the booth (as staff), the village page of Wonopringgo (as its
 * village head) and the managers' dashboard of Kabupaten Pekalongan (as a manager), each twice: a first visit with
 * an empty cache, then a repeat visit, under each network profile (Chrome DevTools' throttling:
 * {@code Network.emulateNetworkConditions}). It prints the bytes on the wire (Resource Timing's
 * {@code transferSize} of the navigation and of every file; 0 for a file taken from the cache), the time to the
 * first contentful paint (the officer sees the form) and to the load event (every script has run), with PASS or MISS against the booth's budget, then where a first visit's bytes go. It never fails
 * on a miss: it reports. Signing in happens before, unthrottled, and is not counted.
 * <p>
 * Run it alone with {@code ./mvnw -Pbenchmark verify -Dbenchmark.test=PageWeightBenchmark} (docs/performance.md,
 * Light pages). Without Chromium it is skipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"desa-sadar.data-dir=target/benchmark-pages-data", "desa-sadar.embedded.clean-on-start=true",
		"desa-sadar.demo=true", "logging.level.root=warn" })
class PageWeightBenchmark {

	/** The budget of issue #15: a first visit of the booth, and a repeat visit. */
	private static final long FIRST_VISIT_BUDGET = 120_000;
	private static final long REPEAT_VISIT_BUDGET = 15_000;

	/** A network as DevTools throttles it: the same rate down and up, and a latency added to every request. */
	record Network(String name, int kbps, int latencyMs) {

		Map<String, Object> conditions() {
			double bytesPerSecond = kbps * 1000 / 8.0;
			return Map.of("offline", false, "latency", latencyMs, "downloadThroughput", bytesPerSecond,
					"uploadThroughput", bytesPerSecond);
		}
	}

	private static final List<Network> NETWORKS = List.of(new Network("2G", 250, 300), new Network("3G", 750, 100));

	/** DevTools' "no throttling": a throughput of -1. */
	private static final Map<String, Object> UNTHROTTLED = Map.of("offline", false, "latency", 0,
			"downloadThroughput", -1, "uploadThroughput", -1);

	/** A page and who opens it. */
	record Page(String name, String username, String path) {
	}

	/**
	 * What one visit cost: the bytes of the page's requests (Resource Timing), the bytes that crossed the wire
	 * (the relay's count, everything included), time to the first paint and to the load event, each file's share.
	 */
	record Visit(long bytes, long wire, double paintMs, double loadMs, List<File> files) {

		Visit onTheWire(long counted) {
			return new Visit(bytes, counted, paintMs, loadMs, files);
		}
	}

	/**
	 * Waits until nothing has crossed the wire for two seconds (the service worker's work after the load event
	 * included), at most a minute, and answers the bytes that crossed since the last count.
	 */
	private static long quiet(FieldNetwork wire) {
		long total = 0;
		long idleSince = System.nanoTime();
		long started = System.nanoTime();
		while (System.nanoTime() - idleSince < 2_000_000_000L && System.nanoTime() - started < 60_000_000_000L) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			long more = wire.bytesSinceLastAsked();
			if (more > 0) {
				total += more;
				idleSince = System.nanoTime();
			}
		}
		return total;
	}

	record File(String path, long transferred, long decoded) {
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void weighsThePagesOnVillageNetworks() {
		assumeTrue(Chromium.check(Chromium.BINARY, Chromium.DRIVER, System.getenv()).isEmpty(),
				"Chromium not installed: sudo apt-get install -y chromium chromium-driver");
		long event = jdbc.queryForObject("select id from event order by event_date desc, id desc limit 1", Long.class);
		List<Page> pages = List.of(new Page("booth", "staff", "/events/" + event + "/booth"),
				new Page("village", "kades.wonopringgo", "/villages/33.26.12.2008"),
				new Page("dashboard", "manager", "/dashboard?region=33.26"));
		List<String> table = new ArrayList<>();
		List<String> breakdown = new ArrayList<>();
		String version;
		try (Chromium.Session session = Chromium.start(); FieldNetwork wire = new FieldNetwork(port)) {
			ChromeDriver driver = session.driver();
			version = driver.getCapabilities().getBrowserVersion();
			// through a relay that counts every byte, the service worker's own downloads included (Resource Timing
			// sees only the page's, and counts a page the service worker answered at its unpacked size)
			Browser browser = new Browser(driver, wire.baseUrl());
			driver.executeCdpCommand("Network.enable", Map.of());
			for (Page page : pages) {
				for (Network network : NETWORKS) {
					// signed in (not counted), then as a phone that never saw the site: no cache, no service worker, nothing
					// kept
					driver.manage().deleteAllCookies();
					browser.signIn(page.username());
					driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", wire.baseUrl(), "storageTypes",
							"service_workers,cache_storage,indexeddb,local_storage"));
					driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
					quiet(wire);
					driver.executeCdpCommand("Network.emulateNetworkConditions", network.conditions());
					Visit first = visit(driver, browser.baseUrl() + page.path()).onTheWire(quiet(wire));
					Visit repeat = visit(driver, browser.baseUrl() + page.path()).onTheWire(quiet(wire));
					driver.executeCdpCommand("Network.emulateNetworkConditions", UNTHROTTLED);
					table.add(row(page, network, "first", first, FIRST_VISIT_BUDGET));
					table.add(row(page, network, "repeat", repeat, REPEAT_VISIT_BUDGET));
					if (network == NETWORKS.get(0)) {
						breakdown.add("  %s %s, first visit (the page's own requests):".formatted(page.name(), page.path()));
						first.files().forEach(file -> breakdown.add(String.format(Locale.ROOT, "    %8.1f KB  (%7.1f KB unpacked)  %s",
								file.transferred() / 1000.0, file.decoded() / 1000.0, file.path())));
					}
				}
			}
		}
		List<String> report = new ArrayList<>();
		report.add("Desa Sadar page-weight benchmark: Chromium %s on a 360 x 800 screen; %d cores; KB = 1,000 bytes on the wire"
			.formatted(version, Runtime.getRuntime().availableProcessors()));
		report.add("budget (the booth's, issue #15): first visit <= %,d KB, repeat visit <= %,d KB"
			.formatted(FIRST_VISIT_BUDGET / 1000, REPEAT_VISIT_BUDGET / 1000));
		report.add(String.format(Locale.ROOT, "  %-10s %-8s %-7s %10s %10s %9s %9s  %s", "page", "network", "visit", "wire",
				"page's", "1st paint", "load", "budget"));
		report.addAll(table);
		report.add("where the bytes go (Resource Timing transferSize; the page first):");
		report.addAll(breakdown);
		System.out.println(String.join(System.lineSeparator(), report));
	}

	/** Opens the page from a blank tab (a new visit, not a reload) and waits for its load event to end. */
	private static Visit visit(ChromeDriver driver, String url) {
		driver.get("about:blank");
		driver.get(url);
		new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> (Boolean) driver.executeScript(
				"var n = performance.getEntriesByType('navigation')[0]; return !!n && n.loadEventEnd > 0;"));
		@SuppressWarnings("unchecked")
		Map<String, Object> timing = (Map<String, Object>) driver.executeScript("""
				var n = performance.getEntriesByType('navigation')[0];
				var paint = performance.getEntriesByName('first-contentful-paint')[0];
				return {load: n.loadEventEnd, paint: paint ? paint.startTime : -1, page: [n.name, n.transferSize, n.decodedBodySize],
				  files: performance.getEntriesByType('resource').map(function (r) {
				    return [r.name, r.transferSize, r.decodedBodySize]; })};""");
		List<File> files = new ArrayList<>();
		files.add(file((List<?>) timing.get("page")));
		for (Object entry : (List<?>) timing.get("files")) {
			files.add(file((List<?>) entry));
		}
		long bytes = files.stream().mapToLong(File::transferred).sum();
		return new Visit(bytes, 0, ((Number) timing.get("paint")).doubleValue(), ((Number) timing.get("load")).doubleValue(),
				files);
	}

	private static File file(List<?> entry) {
		URI uri = URI.create((String) entry.get(0));
		String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		return new File(path, ((Number) entry.get(1)).longValue(), ((Number) entry.get(2)).longValue());
	}

	/** The verdict goes by the wire: what the phone downloads and sends, the service worker's share included. */
	private static String row(Page page, Network network, String kind, Visit visit, long budget) {
		return String.format(Locale.ROOT, "  %-10s %-8s %-7s %7.1f KB %7.1f KB %7.2f s %7.2f s  %s (<= %d KB)", page.name(),
				network.name() + " " + network.kbps() + "k", kind, visit.wire() / 1000.0, visit.bytes() / 1000.0,
				visit.paintMs() / 1000, visit.loadMs() / 1000, visit.wire() <= budget ? "PASS" : "MISS", budget / 1000);
	}
}
