package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /account/tokens on a 360 px phone: a token created with the current password, its secret shown once and within
 * the screen, gone from the page after, and revoked after the browser asks first (js/app.js, data-confirm).
 */
@BrowserTest
class AccessTokensBrowserTest {

	private final Browser browser;

	AccessTokensBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void createsShowsTheSecretOnceAndRevokesAfterAskingOnAPhone() {
		browser.signIn("staff").open("/account/tokens");
		browser.fill("name", "Uji peramban").fill("scope", "READ_ONLY").fill("expiresInDays", "30")
			.fill("currentPassword", Browser.PASSWORD);
		browser.click(browser.visible("token-submit"));

		String secret = String.valueOf(browser.visible("secret").getDomProperty("value"));
		assertThat(secret).matches("dsp_[A-Za-z0-9_-]{43}");
		assertThat(scrollWidth()).as("nothing wider than the phone").isLessThanOrEqualTo(360);

		browser.open("/account/tokens");
		assertThat(browser.bodyText()).contains("Uji peramban").contains(secret.substring(0, 12)).doesNotContain(secret);
		assertThat(scrollWidth()).as("the list within the phone").isLessThanOrEqualTo(360);

		String row = browser.all(By.cssSelector("#token-list li")).get(0).getDomAttribute("id");
		browser.click(browser.visible(By.cssSelector("#" + row + " form.token-revoke button")));
		browser.waitUntil(ExpectedConditions.alertIsPresent(), "the question before revoking").dismiss();
		assertThat(browser.present(By.cssSelector("#" + row + " form.token-revoke"))).as("still active").isTrue();

		browser.click(browser.visible(By.cssSelector("#" + row + " form.token-revoke button")));
		browser.waitUntil(ExpectedConditions.alertIsPresent(), "the question before revoking").accept();
		assertThat(browser.visible("flash").getText()).contains("dicabut");
		assertThat(browser.present(By.cssSelector("#" + row + " form.token-revoke"))).as("revoked").isFalse();
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
	}
}
