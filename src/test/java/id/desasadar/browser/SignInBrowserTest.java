package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Signing in through the login form, for each role of the demo accounts (api.md), on a phone. */
@BrowserTest
class SignInBrowserTest {

	private final Browser browser;

	SignInBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@ParameterizedTest(name = "{0} lands on the home page as {2} of {3}")
	@CsvSource({
			"admin,   Admin Demo,   Administrator, 33",
			"manager, Manajer Demo, Manajer,       33.26",
			"staff,   Petugas Demo, Petugas,       33.26" })
	void signsInAndShowsWhoIsSignedInWithRoleAndScope(String username, String name, String role, String scope) {
		browser.signIn(username);

		assertThat(browser.path()).isEqualTo("/");
		browser.openMenu();
		assertThat(browser.text("signed-in")).isEqualTo(name + " · " + role + " · " + scope);
		assertThat(browser.visible(By.tagName("h1")).getText()).contains(name);
	}

	@ParameterizedTest(name = "{0} lands on the village {3}")
	@CsvSource({
			"kades.wonopringgo, Kepala Desa Wonopringgo (demo), Wonopringgo, 33.26.12.2008",
			"kades.kedungjaran, Kepala Desa Kedungjaran (demo), Kedungjaran, 33.26.10.2013" })
	void signsAVillageHeadInStraightToTheVillage(String username, String name, String village, String code) {
		browser.signIn(username);

		assertThat(browser.path()).isEqualTo("/villages/" + code);
		assertThat(browser.text("village-name")).contains(village);
		browser.openMenu();
		assertThat(browser.text("signed-in")).isEqualTo(name + " · Kepala Desa · " + code);
	}

	@Test
	void showsStaffTheRegisterButtonAndTheWorkerSearch() {
		browser.signIn("staff");

		assertThat(browser.visible(By.cssSelector("a[href='/workers/new'].btn")).getText()).isEqualTo("Daftarkan peserta");
		assertThat(browser.visible(By.cssSelector("form[role=search] input[name=q]")).isDisplayed()).isTrue();
		browser.screenshot("home-staff");
		browser.desktop();
		browser.screenshot("home-staff-desktop");
	}

	@Test
	void showsTheLoginPageToStrangers() {
		browser.open("/");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.visible("username").isDisplayed()).isTrue();
		assertThat(browser.text("sign-in")).isEqualTo("Masuk");
		browser.screenshot("login");
	}

	@Test
	void refusesAWrongPasswordWithAMessageAndStaysSignedOut() {
		browser.submitLogin("staff", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.visible(By.cssSelector(".alert-danger[role=alert]")).getText())
			.isEqualTo("Nama pengguna atau kata sandi salah.");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void signsOutBackToTheLoginPage() {
		browser.signIn("manager");

		browser.signOut();

		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.visible(By.cssSelector(".alert-success")).getText()).isEqualTo("Anda sudah keluar.");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}
}
