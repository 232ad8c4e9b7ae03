package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard's charts are drawn by js/charts.js from their tables under the Content-Security-Policy (a canvas
 * beside each table marked data-chart, nothing refused in the console), and a click on a bar goes down a level.
 */
@BrowserTest
class DashboardBrowserTest {

	private final Browser browser;

	DashboardBrowserTest(Browser browser) {
		this.browser = browser;
	}

	@Test
	void drawsAChartBesideEveryChartTableAndABarClickGoesDownALevel() {
		browser.signIn("manager").desktop().open("/dashboard?region=33.26");
		int tables = browser.all(By.cssSelector("table[data-chart]")).size();
		assertThat(tables).isEqualTo(5);
		browser.waitUntil(d -> browser.all(By.cssSelector(".chart-box canvas")).size() == tables ? Boolean.TRUE : null,
				"a chart drawn beside each of the " + tables + " chart tables");
		assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));

		// The bar of the district with the most enrollments, in the middle of its length.
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		WebElement canvas = browser.driver().findElement(By.id("children-chart"));
		js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", canvas);
		@SuppressWarnings("unchecked")
		Map<String, Object> bar = (Map<String, Object>) js.executeScript("""
				var chart = Chart.getChart(arguments[0]);
				var data = chart.data.datasets[0].data;
				var index = data.indexOf(Math.max.apply(null, data));
				var element = chart.getDatasetMeta(0).data[index];
				var box = arguments[0].getBoundingClientRect();
				return {index: index, x: (element.x + element.base) / 2, y: element.y, width: box.width, height: box.height};""",
				canvas);
		int index = ((Number) bar.get("index")).intValue();
		List<WebElement> links = browser.all(By.cssSelector("#children tbody tr td:first-child a"));
		String expected = links.get(index).getDomAttribute("href");
		String district = links.get(index).getText();
		assertThat(expected).startsWith("/dashboard?region=33.26.");
		new Actions(browser.driver())
			.moveToElement(canvas, (int) (number(bar, "x") - number(bar, "width") / 2),
					(int) (number(bar, "y") - number(bar, "height") / 2))
			.click().perform();
		browser.waitUntil(d -> browser.path().equals(expected) ? Boolean.TRUE : null, "the dashboard of " + expected);
		assertThat(browser.text("dashboard-title")).contains(district);
		browser.waitUntil(d -> browser.all(By.cssSelector(".chart-box canvas")).isEmpty() ? null : Boolean.TRUE,
				"the district's charts");
		assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}
}
