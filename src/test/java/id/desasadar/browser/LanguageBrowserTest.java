package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The language switch of the pages (api.md: Bahasa Indonesia by default, any page takes {@code ?lang=}): the
 * links in the navigation bar and on the login page, and the choice kept in a cookie across pages.
 */
@BrowserTest
class LanguageBrowserTest {

	private final Browser browser;

	LanguageBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void switchesToEnglishAndBackAndRemembersTheChoiceAcrossPages() {
		browser.signIn("manager");
		assertThat(browser.language()).isEqualTo("id");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Selamat datang, Manajer Demo");

		browser.openMenu().click(browser.visible(By.cssSelector("#menu a[hreflang=en]")));

		browser.waitUntil(d -> "en".equals(browser.language()), "the page in English");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Welcome, Manajer Demo");
		assertThat(browser.cookie("lang")).as("the language cookie").isNotNull();
		assertThat(browser.cookie("lang").getValue()).isEqualTo("en");

		browser.open("/");
		assertThat(browser.language()).as("another visit without ?lang").isEqualTo("en");
		assertThat(browser.openMenu().text("logout")).isEqualTo("Sign out");
		assertThat(browser.text("signed-in")).isEqualTo("Manajer Demo · Manager · 33.26");
		browser.open("/regions/33.26");
		assertThat(browser.openMenu().text("logout")).as("another page").isEqualTo("Sign out");
		browser.open("/no-such-page");
		assertThat(browser.visible(By.tagName("h1")).getText()).as("the 404 page").isEqualTo("Page not found");

		browser.open("/").signOut();
		assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).isEqualTo("You have signed out.");
		assertThat(browser.text("sign-in")).isEqualTo("Sign in");

		browser.signIn("manager");
		assertThat(browser.language()).as("after signing in again").isEqualTo("en");
		browser.openMenu().click(browser.visible(By.cssSelector("#menu a[hreflang=id]")));

		browser.waitUntil(d -> "id".equals(browser.language()), "the page in Bahasa Indonesia");
		assertThat(browser.cookie("lang").getValue()).isEqualTo("id");
		browser.open("/");
		assertThat(browser.openMenu().text("logout")).isEqualTo("Keluar");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Selamat datang, Manajer Demo");
	}

	@Test
	void switchesTheLoginPageToEnglishBeforeSigningIn() {
		browser.open("/login");
		assertThat(browser.text("sign-in")).isEqualTo("Masuk");
		assertThat(browser.visible(By.cssSelector("label[for=username]")).getText()).isEqualTo("Nama pengguna");

		browser.click(browser.visible(By.cssSelector("a[hreflang=en]")));

		browser.waitUntil(d -> "en".equals(browser.language()), "the login page in English");
		assertThat(browser.text("sign-in")).isEqualTo("Sign in");
		assertThat(browser.visible(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");
		browser.signIn("staff");
		assertThat(browser.visible(By.cssSelector("a[href='/workers/new'].btn")).getText()).isEqualTo("Register a worker");
	}
}
