package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Error pages in both languages, with a way home and never a stack trace. */
@BrowserTest
class ErrorPagesBrowserTest {

	private final Browser browser;

	ErrorPagesBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void showsTheForbiddenPageWhenTheRoleMayNotOpenAPage() {
		browser.signIn("staff").open("/dashboard");
		assertThat(browser.bodyText()).contains("Tidak diizinkan").contains("Kembali ke beranda");
		browser.open("/dashboard?lang=en");
		assertThat(browser.bodyText()).contains("Not allowed").contains("Back to home");
		assertNoInternals();
		browser.open("/?lang=id");
	}

	@Test
	void showsTheNotFoundPageForAWorkerThatDoesNotExist() {
		browser.signIn("staff").open("/workers/999999999");
		assertThat(browser.bodyText()).contains("Halaman tidak ditemukan");
		assertNoInternals();
	}

	private void assertNoInternals() {
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at id.desasadar")
			.doesNotContain("org.springframework").doesNotContain("SQL");
	}
}
