package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The main pages open for the roles that use them and show what they are about; on the way they are
 * photographed for the README (docs/screenshots/), on a phone and, for the managers' pages, on a desktop.
 */
@BrowserTest
class PagesBrowserTest {

	private final Browser browser;

	PagesBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void showsStaffTheRegistrationForm() {
		browser.signIn("staff").open("/workers/new");

		assertThat(browser.visible(By.cssSelector("form#worker-form")).isDisplayed()).isTrue();
		assertThat(browser.visible("nik").isDisplayed()).isTrue();
		assertThat(browser.present(By.id("name"))).isTrue();
		assertThat(browser.present(By.id("register"))).isTrue();
		browser.screenshot("worker-new");
	}

	@Test
	void showsStaffAVillageWithItsDesaSadarChecklist() {
		browser.signIn("staff").open("/villages/33.26.12.2008");

		assertThat(browser.text("village-name")).contains("Wonopringgo");
		assertThat(browser.visible("checklist").isDisplayed()).isTrue();
		assertThat(browser.text("village-state")).contains("Desa Sadar");
		browser.screenshot("village");
		browser.desktop();
		browser.screenshot("village-desktop");
	}

	@Test
	void showsAManagerTheFollowUpListAsCardsWithTheirWhatsAppLinkOnAPhone() {
		browser.signIn("manager").open("/follow-up?region=33.26.12");

		org.openqa.selenium.WebElement link = browser.visible(By.cssSelector("#followup a.whatsapp"));
		assertThat(link.getRect().getX() + link.getRect().getWidth()).as("the WhatsApp link within the screen")
			.isLessThanOrEqualTo(360);
		browser.screenshot("follow-up");
	}

	@Test
	void showsAManagerTheAuditTrailInWords() {
		browser.signIn("manager").open("/audit");

		assertThat(browser.visible(By.cssSelector(".audit-event .audit-sentence")).getText()).isNotBlank();
		browser.screenshot("audit");
		browser.desktop();
		browser.screenshot("audit-desktop");
	}

	@Test
	void showsStaffTheImportPageWithEachColumnsAllowedValues() {
		browser.signIn("staff").open("/imports/new");

		assertThat(browser.text("column-sector")).contains("Perdagangan (TRADE)");
		browser.screenshot("imports");
	}

	@Test
	void showsAManagerARegionWithItsDistricts() {
		browser.signIn("manager").open("/regions/33.26");

		assertThat(browser.text("region-name")).isEqualTo("Kabupaten Pekalongan");
		assertThat(browser.visible(By.cssSelector("a[href$='/regions/33.26.12']")).getText()).isEqualTo("Wonopringgo");
		browser.screenshot("region");
	}

	@Test
	void showsAManagerTheDashboardOfTheRegency() {
		browser.signIn("manager").open("/dashboard?region=33.26");

		assertThat(browser.text("dashboard-title")).contains("Kabupaten Pekalongan");
		assertThat(browser.visible(By.cssSelector("a[href$='/dashboard?region=33.26.12']")).getText())
			.isEqualTo("Wonopringgo");
		browser.waitUntil(d -> browser.all(By.cssSelector(".chart-box canvas")).size() == 5 ? Boolean.TRUE : null,
				"the dashboard's charts");
		browser.screenshot("dashboard");
		browser.desktop();
		browser.screenshot("dashboard-desktop");
	}

	@Test
	void takesAManagerFromTheCampaignsToTheFestivalOfTheDemoStory() {
		browser.signIn("manager").open("/campaigns");

		browser.click(browser.visible(By.partialLinkText("Kampanye Desa Sadar Kabupaten Pekalongan 2019")));
		assertThat(browser.text("campaign-name")).isEqualTo("Kampanye Desa Sadar Kabupaten Pekalongan 2019");
		browser.screenshot("campaign");
		browser.click(browser.visible(By.xpath(
				"//*[@id='events']/a[div[normalize-space()='Festival Nasi Goreng Wonopringgo']]")));

		assertThat(browser.text("event-name")).isEqualTo("Festival Nasi Goreng Wonopringgo");
		assertThat(browser.path()).matches("/events/\\d+");
		browser.screenshot("event");
	}
}
