package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The pages need nothing the Content-Security-Policy refuses (no inline script or style, no eval): a refusal
 * shows in Chromium's console, including those of htmx while a form is filled in.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTest {

	private final Browser browser;
	private final List<String> refused = new ArrayList<>();

	ContentSecurityPolicyBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void noPageNeedsWhatThePolicyRefuses() {
		browser.signIn("staff");
		for (String path : List.of("/", "/workers", "/workers/new", "/villages/33.26.12.2008", "/regions/33.26", "/campaigns")) {
			browser.open(path);
			collect(path);
		}
		browser.open("/workers/new").fill("nik", "3326").fill("monthlyIncome", "1500000").settle();
		collect("/workers/new while typing");
		ApiClient api = new ApiClient(browser);
		long event = api.eventToday(api.campaign("Kampanye CSP " + System.nanoTime()), "33.26.12.2008", "Festival CSP " + System.nanoTime());
		browser.open("/events/" + event + "/booth").fill("nik", "3326121705900001").fill("name", "Stan CSP Contoh")
			.fill("monthlyIncome", "1500000").settle();
		collect("/events/{id}/booth while typing");
		browser.open("/events/today");
		collect("/events/today");
		browser.open("/").signOut().signIn("manager").open("/dashboard");
		collect("/dashboard");
		assertThat(refused).isEmpty();
	}

	private void collect(String where) {
		browser.consoleMessages().stream()
			.filter(message -> message.contains("Content Security Policy"))
			.forEach(message -> refused.add(where + ": " + message));
	}
}
