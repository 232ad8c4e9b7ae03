package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.desasadar.Api;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue #6, nothing personal in addresses: a NIK typed into the search box and the pages of its results stay
 * out of the address bar (and so out of history, logs and {@code Referer}); the paging buttons keep the search.
 */
@BrowserTest
class WorkerSearchBrowserTest {

	private static final LocalDate BORN = LocalDate.of(1963, 2, 27);

	private final Browser browser;
	private final ApiClient api;

	WorkerSearchBrowserTest(Browser browser) {
		this.browser = browser;
		this.api = new ApiClient(browser);
	}

	@Test
	void aNikSearchAndItsNextPageNeverShowTheDigitsInTheAddress() {
		String first = Api.freshNik(BORN, true);
		String second = Api.freshNik(BORN, true);
		api.worker(first, "Peramban Alamat Satu", BORN);
		api.worker(second, "Peramban Alamat Dua", BORN);
		String prefix = first.substring(0, 12);

		browser.signIn("staff").open("/workers?size=1");
		WebElement box = browser.visible("q");
		box.sendKeys(prefix);
		browser.click(browser.visible(By.cssSelector("#search-form button[type=submit]")));
		String position = browser.visible("search-pager").getText();
		assertThat(browser.path()).isEqualTo("/workers");
		assertThat(browser.value("q")).isEqualTo(prefix);
		String firstShown = browser.visible(By.cssSelector("#workers .worker .fw-semibold")).getText();
		assertThat(firstShown).startsWith("Peramban Alamat");

		browser.click("search-next");
		browser.waitUntil(d -> browser.visible("search-pager").getText().equals(position) ? null : Boolean.TRUE,
				"the next page of the search");
		assertThat(browser.path()).isEqualTo("/workers");
		assertThat(browser.value("q")).as("the search is kept").isEqualTo(prefix);
		assertThat(browser.visible(By.cssSelector("#workers .worker .fw-semibold")).getText())
			.startsWith("Peramban Alamat").isNotEqualTo(firstShown);
	}
}
