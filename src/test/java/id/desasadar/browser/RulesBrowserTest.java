package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #17: the rules page on a manager's phone, under the Content-Security-Policy: the sections with their rows,
 * and a change dated in the past refused with the message beside its field, the form open again. Nothing is saved.
 */
@BrowserTest
class RulesBrowserTest {

	private final Browser browser;

	RulesBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void showsTheRulesAndARefusedChangeBesideItsField() {
		browser.signIn("manager").phone().open("/rules");
		assertThat(browser.text("rules-delay")).contains("paling lambat 1 menit");
		assertThat(browser.all(By.cssSelector("#wage-caps-table > li"))).hasSizeGreaterThanOrEqualTo(3);
		browser.screenshot("rules");

		browser.click(browser.driver().findElement(By.cssSelector("#wage-caps-add summary")));
		new Select(browser.visible("wage-caps-program")).selectByValue("JP");
		browser.visible("wage-caps-cap").sendKeys("11500000");
		WebElement from = browser.visible("wage-caps-validFrom");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2020-03';", from);
		browser.visible("wage-caps-source").sendKeys("Uji peramban");
		browser.click("wage-caps-submit");

		browser.waitUntil(d -> browser.present(By.cssSelector("#wage-caps-validFrom.is-invalid")) ? Boolean.TRUE : null,
				"the refusal beside the month");
		assertThat(browser.visible(By.cssSelector("#wage-caps-validFrom + .invalid-feedback")).getText())
			.contains("tidak boleh berlaku surut");
		assertThat(browser.value("wage-caps-cap")).isEqualTo("11500000");
		assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
	}
}
