package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import id.desasadar.Api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Booth mode (api.md: {@code /events/{id}/booth}): staff at a festival register one worker after another on a
 * phone. Each test opens the booth of a fresh event of its own, made through the JSON API: a campaign planned
 * by the manager, a festival today in Desa Wonopringgo created by the staff.
 */
@BrowserTest
class BoothBrowserTest {

	private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

	private final Browser browser;
	private final ApiClient api;
	private long event;

	BoothBrowserTest(Browser browser) {
		this.browser = browser;
		this.api = new ApiClient(browser);
	}

	@BeforeEach
	void openTheBoothOfAFreshEventAsStaff() {
		long campaign = api.campaign("Kampanye Uji Peramban " + System.nanoTime());
		event = api.eventToday(campaign, "33.26.12.2008", "Festival Uji Peramban " + System.nanoTime());
		browser.signIn("staff").open("/events/" + event + "/booth");
		browser.visible(By.cssSelector("form#worker-form"));
	}

	/** The short form filled in for a self-employed trader of the village, as staff do it at the booth. */
	private void fillFor(String nik, String name) {
		browser.fill("nik", nik)
			.fill("name", name)
			.fill("birthDate", BORN.toString())
			.fill("sex", "MALE")
			.fillIfPresent("phone", "0812-3456-7890")
			.fillIfPresent("address", "RT 01 RW 02")
			.fillIfPresent("occupation", "Penjual nasi goreng")
			.fillIfPresent("sector", "TRADE")
			.fillIfPresent("monthlyIncome", "1000000")
			.fill("consent", "true");
		browser.settle();
	}

	/**
	 * Sent by htmx: the status (tally, outcome) is replaced in place and the form blanked, or the whole desk
	 * replaced by the form showing what is wrong; the page stays.
	 */
	private void register() {
		WebElement status = browser.driver().findElement(By.id("booth-status"));
		JavascriptExecutor page = (JavascriptExecutor) browser.driver();
		page.executeScript("window.boothPageNotReloaded = true;");
		browser.click("register");
		browser.waitUntil(ExpectedConditions.stalenessOf(status), "the booth answered");
		browser.settle();
		assertThat(page.executeScript("return window.boothPageNotReloaded === true;")).as("the same page").isEqualTo(true);
	}

	/** The event's tally: registered today (the event is today) and in all. */
	private long tally() {
		List<Long> numbers = browser.numbers("tally");
		assertThat(numbers).as("today's and the total count in the tally").hasSizeGreaterThanOrEqualTo(2);
		assertThat(numbers.get(0)).as("today's count, the event being today").isEqualTo(numbers.get(1));
		return numbers.get(1);
	}

	@Test
	void registersOneWorkerAfterAnotherOnAPhoneAndCountsThem() {
		assertThat(browser.driver().manage().window().getSize().getWidth()).isLessThanOrEqualTo(400);
		assertThat(tally()).as("a fresh event's tally").isZero();
		browser.screenshot("booth");

		fillFor(Api.freshNik(BORN, false), "Slamet Contoh Booth");
		register();

		assertThat(browser.text("registered")).contains("Slamet Contoh Booth");
		assertThat(tally()).isEqualTo(1);
		assertThat(browser.value("nik")).as("the form blank for the next one").isEmpty();
		assertThat(browser.value("name")).isEmpty();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).as("consent asked again").isFalse();
		browser.screenshot("booth-registered");

		fillFor(Api.freshNik(BORN, false), "Darmi Contoh Booth");
		register();

		assertThat(browser.text("registered")).contains("Darmi Contoh Booth").doesNotContain("Slamet");
		assertThat(tally()).isEqualTo(2);

		browser.click(browser.visible(By.cssSelector("#registered a[href^='/workers/']")));

		browser.waitUntil(d -> browser.path().matches("/workers/\\d+"), "the page of the worker just registered");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Darmi Contoh Booth");
		assertThat(browser.bodyText()).contains("JKK").contains("JKM");
		browser.screenshot("worker");
	}

	@Test
	void showsWhatIsWrongBesideEachFieldAndKeepsWhatWasTyped() {
		fillFor("3326-12345", "");
		register();

		assertThat(browser.text("nik-error")).as("message beside the NIK").isNotBlank();
		assertThat(browser.text("name-error")).as("message beside the name").isNotBlank();
		assertThat(browser.value("nik")).isEqualTo("3326-12345");
		assertThat(browser.value("birthDate")).isEqualTo(BORN.toString());
		assertThat(browser.driver().findElement(By.id("sex-MALE")).isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).isTrue();
		assertThat(browser.present(By.id("registered"))).as("nothing registered").isFalse();
		assertThat(tally()).isZero();
		assertThat(browser.driver().findElement(By.id("nik")).getDomAttribute("aria-invalid")).isEqualTo("true");
		browser.screenshot("booth-validation");

		fillFor(Api.freshNik(BORN, false), "Paimin Contoh Perbaikan");
		register();

		assertThat(browser.text("registered")).contains("Paimin Contoh Perbaikan");
		assertThat(tally()).isOne();
		assertThat(browser.value("nik")).as("blank, not the mistaken NIK typed before").isEmpty();
		assertThat(browser.value("name")).isEmpty();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).isFalse();
		assertThat(browser.present(By.id("form-problems"))).as("the mistakes' summary gone").isFalse();
		assertThat(browser.driver().findElement(By.id("nik")).getDomAttribute("aria-invalid")).isEqualTo("false");
	}

	@Test
	void catchesANikRegisteredAlreadyAndLinksToThatWorker() {
		String nik = Api.freshNik(BORN, false);
		long existing = api.worker(nik, "Karto Contoh Terdaftar", BORN);

		fillFor(nik, "Karto Contoh Lagi");
		register();

		assertThat(browser.text("nik-error")).isNotBlank();
		WebElement link = browser.visible(By.cssSelector("#nik-error a[href$='/workers/" + existing + "']"));
		assertThat(browser.present(By.id("registered"))).isFalse();
		assertThat(tally()).isZero();
		assertThat(browser.value("name")).isEqualTo("Karto Contoh Lagi");
		browser.screenshot("booth-duplicate");

		browser.click(link);

		browser.waitUntil(d -> browser.path().equals("/workers/" + existing), "the existing worker's page");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Karto Contoh Terdaftar");
	}

	/** A village's network drops as the officer sends: the page says so and keeps the form; sent again, it works. */
	@Test
	void keepsWhatWasTypedWhenTheNetworkDropsAndRegistersOnceItIsBack() {
		HasNetworkConditions network = (HasNetworkConditions) browser.driver();
		fillFor(Api.freshNik(BORN, false), "Sarinah Contoh Sinyal");
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		network.setNetworkConditions(offline);
		try {
			browser.click("register");
			assertThat(browser.visible(By.id("request-failed")).getText()).contains("coba kirim lagi");
			assertThat(browser.value("name")).as("what was typed").isEqualTo("Sarinah Contoh Sinyal");
			assertThat(browser.present(By.id("registered"))).isFalse();
			browser.screenshot("booth-offline");
		}
		finally {
			network.deleteNetworkConditions();
		}

		register();

		assertThat(browser.text("registered")).contains("Sarinah Contoh Sinyal");
		assertThat(browser.driver().findElement(By.id("request-failed")).isDisplayed()).isFalse();
		assertThat(tally()).isEqualTo(1);
	}

	/** Idle past the session's timeout: sending the form leads to the sign-in page, not into the booth's desk. */
	@Test
	void takesTheOfficerToSignInWhenTheSessionHasEnded() {
		fillFor(Api.freshNik(BORN, false), "Wagiman Contoh Sesi");
		browser.driver().manage().deleteCookieNamed("SESSION");

		browser.click("register");

		browser.waitUntil(d -> browser.path().equals("/login"), "the sign-in page");
		assertThat(browser.present(By.id("booth-desk"))).isFalse();
	}
}
