package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A village head sees its own village and nothing of another (api.md, Access: out of scope is a 404 that does
 * not tell whether the record exists).
 */
@BrowserTest
class VillageHeadBrowserTest {

	private static final String KEDUNGJARAN = "33.26.10.2013";
	private static final String WONOPRINGGO = "33.26.12.2008";

	private final Browser browser;

	VillageHeadBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void opensItsOwnVillageButSeesTheNotFoundPageForAnother() {
		browser.signIn("kades.kedungjaran").open("/villages/" + KEDUNGJARAN);
		assertThat(browser.text("village-name")).contains("Kedungjaran");
		assertThat(browser.visible("checklist").isDisplayed()).isTrue();

		browser.open("/villages/" + WONOPRINGGO);

		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Halaman tidak ditemukan");
		assertThat(browser.title()).isEqualTo("Halaman tidak ditemukan");
		assertThat(browser.present(By.id("village-name"))).isFalse();
		assertThat(browser.bodyText()).doesNotContain("Wonopringgo").doesNotContain(WONOPRINGGO);
		browser.screenshot("not-found");

		browser.open("/regions/33.26");

		assertThat(browser.visible(By.tagName("h1")).getText()).as("the regency above the village")
			.isIn("Halaman tidak ditemukan", "Tidak diizinkan");
		assertThat(browser.bodyText()).doesNotContain("Wonopringgo");
	}
}
