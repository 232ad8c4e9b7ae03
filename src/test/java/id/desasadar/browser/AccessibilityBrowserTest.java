package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Issue #19, items 1 and 6: every page of every role, on a 360-pixel phone and a 1280-pixel desktop, checked with
 * axe-core (WCAG 2.1 A and AA rules): no serious or critical violation. On the phone no page scrolls sideways,
 * nor does any of its tables (a list's rows become cards, so each row's action shows); at 1280 px the menu is
 * one line; no radio button carries {@code autocomplete}; each page, as the application serves it, is valid HTML
 * by the Nu HTML Checker apart from htmx's attributes ({@link HtmlValidity}). One class, one application, one
 * Chromium: each role signs in once and walks its pages at both widths.
 */
@BrowserTest
class AccessibilityBrowserTest {

	static final String WONOPRINGGO = "33.26.12.2008";

	/** axe-core's impacts that fail the test. */
	static final List<String> FAILING = List.of("serious", "critical");

	/** One checker for the class: its schemas take seconds to load, a page then a fraction of one. */
	static final HtmlValidity HTML = new HtmlValidity();

	private final Browser browser;

	AccessibilityBrowserTest(Browser browser) {
		this.browser = browser;
	}

	/** A village of this test's own (Desa Jagung, Kecamatan Wonokerto), where it holds today's events. */
	static final String JAGUNG = "33.26.09.2006";

	@Test
	void staffPagesPassAtBothWidths() {
		eventsToday();
		browser.signIn("staff");
		String worker = firstWorker();
		String event = festival();
		check(List.of("/", "/workers", "/workers/new", worker, "/villages/" + WONOPRINGGO, "/regions/33.26",
				"/regions/33.26.12", "/follow-up?region=33.26", "/campaigns", campaign(), event, event + "/booth",
				"/events/today", "/imports/new", "/account/password", "/account/tokens"));
	}

	@Test
	void managerPagesPassAtBothWidths() {
		browser.signIn("manager");
		check(List.of("/", "/dashboard?region=33.26", "/dashboard?region=33.26.12",
				"/dashboard/villages?region=33.26&state=declared", "/dashboard/villages?region=33.26&state=ready",
				"/dashboard/agents?region=33.26", "/audit", "/rules", "/follow-up?region=33.26",
				"/villages/" + WONOPRINGGO, "/regions/33.26", "/campaigns", campaign(), festival(), firstWorker()));
	}

	@Test
	void administratorPagesPassAtBothWidths() {
		browser.signIn("admin");
		browser.open("/admin/accounts");
		String account = browser.visible(By.cssSelector("#accounts tbody a")).getDomAttribute("href");
		String worker = firstWorker();
		check(List.of("/", "/admin/accounts", account, "/audit", "/rules", "/dashboard?region=33.26", "/imports/new",
				worker, worker + "/anonymise", "/workers/new", "/follow-up?region=33.26.12"));
	}

	@Test
	void villageHeadPagesPassAtBothWidths() {
		browser.signIn("kades.wonopringgo");
		check(List.of("/", "/villages/" + WONOPRINGGO, "/workers", "/follow-up?region=" + WONOPRINGGO, "/campaigns",
				firstWorker(), "/account/password", "/account/tokens"));
	}

	@Test
	void theSignInPagePasses() {
		check(List.of("/login"));
	}

	private void check(List<String> paths) {
		List<String> problems = new ArrayList<>();
		for (String path : paths) {
			browser.phone().open(path);
			problems.addAll(invalidHtml(path));
			problems.addAll(problems(path, true));
			browser.desktop().open(path);
			problems.addAll(problems(path, false));
		}
		browser.phone();
		assertThat(problems).as("accessibility and layout problems").isEmpty();
	}

	private List<String> problems(String path, boolean phone) {
		String width = phone ? "360 px" : "1280 px";
		browser.settle();
		List<String> problems = new ArrayList<>();
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		// Charts are drawn after the page loads: wait for them, axe checks their names.
		browser.waitUntil(d -> (Boolean) js.executeScript("""
				return !window.Chart || document.querySelectorAll('table[data-chart]').length
				    <= document.querySelectorAll('.chart-box canvas').length;"""), "the charts of " + path);
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		for (Rule rule : results.getViolations()) {
			if (FAILING.contains(rule.getImpact())) {
				problems.add("%s at %s: %s %s (%s) on %s".formatted(path, width, rule.getImpact(), rule.getId(),
						rule.getHelp(), rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
							.collect(Collectors.joining(", "))));
			}
		}
		@SuppressWarnings("unchecked")
		List<String> invalid = (List<String>) js.executeScript("""
				return Array.from(document.querySelectorAll('input[type=radio][autocomplete], input[type=checkbox][autocomplete]'))
				    .map(e => e.name);""");
		if (!invalid.isEmpty()) {
			problems.add(path + ": autocomplete on radio buttons or checkboxes " + invalid);
		}
		if (phone) {
			@SuppressWarnings("unchecked")
			List<String> wide = (List<String>) js.executeScript("""
					var wide = [];
					if (document.documentElement.scrollWidth > window.innerWidth + 1) {
					  wide.push('the page, ' + document.documentElement.scrollWidth + ' px');
					}
					document.querySelectorAll('.table-responsive').forEach(function (box) {
					  if (box.scrollWidth > box.clientWidth + 1) {
					    var table = box.querySelector('table');
					    wide.push('table #' + (table && table.id) + ', ' + box.scrollWidth + ' px in ' + box.clientWidth);
					  }
					});
					return wide;""");
			wide.forEach(what -> problems.add(path + " at 360 px scrolls sideways: " + what));
		}
		else if (browser.present(By.id("menu"))) {
			// One line: every entry at the same height, none of them wrapped, nothing beyond the screen's edge.
			Boolean oneLine = (Boolean) js.executeScript("""
					var nav = document.querySelector('nav.navbar').getBoundingClientRect();
					var items = Array.from(document.querySelectorAll('#menu .nav-link, #menu .btn, #menu a'));
					return nav.height < 72 && document.documentElement.scrollWidth <= window.innerWidth
					    && items.every(function (item) { return item.getBoundingClientRect().right <= window.innerWidth; });""");
			if (!oneLine) {
				problems.add(path + " at 1280 px: the menu is not one line within the screen");
			}
		}
		return problems;
	}

	/**
	 * The page's errors by the HTML checker, on the page as served (what the server wrote, before any script
	 * changed it), fetched by the browser with its session, as a navigation asks for it.
	 */
	private List<String> invalidHtml(String path) {
		String html = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0], {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
				    .then(function (response) {
				      return response.text().then(function (text) { return response.status + '\\n' + text; });
				    })
				    .then(done, function (error) { done('0\\nfetch failed: ' + error); });""", browser.baseUrl() + path);
		String status = html.substring(0, html.indexOf('\n'));
		if (!status.equals("200")) {
			// An error page is valid HTML too: a page that no longer renders must not pass unseen.
			return List.of(path + " answered " + status + " instead of the page");
		}
		// One line per kind of error: a list's row repeats its mistake on every row.
		return HTML.errors(html.substring(status.length() + 1)).stream().map(error -> error.replaceFirst("^line \\d+: ", "")).distinct()
			.map(error -> path + " is not valid HTML: " + error).toList();
	}

	/**
	 * Two events today, so that {@code /events/today} lists them (with one it opens its booth): one with a long
	 * name and one with a long word in it, as officers type them (issue #19: the list was 735 px wide at 360).
	 */
	private void eventsToday() {
		ApiClient api = new ApiClient(browser);
		long campaign = api.campaign("Kampanye Uji Aksesibilitas " + System.nanoTime());
		api.eventToday(campaign, JAGUNG, "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi Nelayan dan Pedagang Pasar Desa Jagung");
		api.eventToday(campaign, JAGUNG, "Festival_Nasi_Goreng_Jagung_Kecamatan_Wonokerto_" + System.nanoTime());
	}

	private String firstWorker() {
		browser.open("/villages/" + WONOPRINGGO);
		return browser.visible(By.cssSelector("#workers tbody a")).getDomAttribute("href");
	}

	private String campaign() {
		browser.open("/campaigns");
		return browser.visible(By.partialLinkText("Kampanye Desa Sadar Kabupaten Pekalongan 2019")).getDomAttribute("href");
	}

	private String festival() {
		browser.open(campaign());
		String href = browser.visible(By.xpath("//*[@id='events']/a[div[normalize-space()='Festival Nasi Goreng Wonopringgo']]"))
			.getDomAttribute("href");
		Matcher id = Pattern.compile("/events/\\d+").matcher(href);
		assertThat(id.find()).isTrue();
		return id.group();
	}
}
