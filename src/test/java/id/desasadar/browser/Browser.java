package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium on the application under test: opening pages by path, signing in through the form, waiting
 * for what a page shows (never sleeping), filling forms by field name, and screenshots.
 */
public final class Browser {

	/** The demo accounts' password. */
	public static final String PASSWORD = "demo";

	public static final Dimension PHONE = new Dimension(360, 800);
	public static final Dimension DESKTOP = new Dimension(1280, 900);

	/** Where the README's screenshots live, relative to the project (Maven runs tests there). */
	static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final WebDriver driver;
	private final String baseUrl;
	private final String applicationUrl;
	private Dimension screen = PHONE;

	/** A browser that reaches the application directly (a benchmark's, with its own network emulation). */
	public Browser(WebDriver driver, String baseUrl) {
		this(driver, baseUrl, baseUrl);
	}

	/**
	 * @param baseUrl where the browser reaches the application (through its {@link FieldNetwork})
	 * @param applicationUrl the application itself, for a test's own setup, whatever the network does
	 */
	public Browser(WebDriver driver, String baseUrl, String applicationUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.applicationUrl = applicationUrl;
	}

	public WebDriver driver() {
		return driver;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The application itself, not through the browser's network: for a test's setup over the API. */
	public String applicationUrl() {
		return applicationUrl;
	}

	/**
	 * Signed out, default language, phone screen, and nothing kept by the site on the phone (its storage, its
	 * service worker and what that kept): what every test starts from.
	 */
	void reset() {
		driver.get(baseUrl + "/login");
		driver.manage().deleteAllCookies();
		((HasCdp) driver).executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
		phone();
	}

	// ---- navigation ------------------------------------------------------------------------------------

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** The path (and query) of the page shown, e.g. {@code /villages/33.26.12.2008}. */
	public String path() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/** A phone's screen: the page is 360 CSS pixels wide and 800 high. */
	public Browser phone() {
		return screen(PHONE);
	}

	/** A laptop's screen, 1280 × 900. */
	public Browser desktop() {
		return screen(DESKTOP);
	}

	private Browser screen(Dimension size) {
		screen = size;
		viewport(size.getWidth(), size.getHeight());
		return this;
	}

	/** Sizes the window so that the page itself (the viewport, without the browser's frame) has this size. */
	private void viewport(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		List<?> inner = (List<?>) ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight];");
		int frameWidth = width - ((Number) inner.get(0)).intValue();
		int frameHeight = height - ((Number) inner.get(1)).intValue();
		if (frameWidth != 0 || frameHeight != 0) {
			driver.manage().window().setSize(new Dimension(width + frameWidth, height + frameHeight));
		}
	}

	// ---- signing in --------------------------------------------------------------------------------------

	/** Signs in through the login form with the demo password and waits for the page after it. */
	public Browser signIn(String username) {
		submitLogin(username, PASSWORD);
		waitUntil(d -> !path().startsWith("/login"), "signed in as " + username + " (still on " + path() + ")");
		return this;
	}

	/** Fills and submits the login form, whatever the outcome. */
	public Browser submitLogin(String username, String password) {
		open("/login");
		WebElement user = visible(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		String before = driver.getCurrentUrl();
		driver.findElement(By.id("sign-in")).click();
		waitUntil(d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.cssSelector(".alert-danger")).isEmpty(),
				"the login form to answer");
		return this;
	}

	/** On a phone the navigation bar is folded: opens it so that its entries can be read and clicked. */
	public Browser openMenu() {
		WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
		if (toggler.isDisplayed() && !driver.findElement(By.id("menu")).isDisplayed()) {
			click(toggler);
		}
		visible(By.id("signed-in"));
		// Bootstrap animates the unfolding: wait until it has finished
		waitUntil(d -> !d.findElements(By.cssSelector("#menu.collapse.show, #menu.collapse:not(.collapsing)")).isEmpty()
				&& d.findElements(By.cssSelector("#menu.collapsing")).isEmpty(), "the menu to unfold");
		return this;
	}

	public Browser signOut() {
		openMenu();
		visible(By.id("logout")).click();
		waitUntil(d -> path().startsWith("/login"), "the login page after signing out");
		return this;
	}

	// ---- reading -------------------------------------------------------------------------------------------

	public WebElement visible(By by) {
		return new WebDriverWait(driver, PATIENCE).withMessage(() -> by + " to be visible on " + path())
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public WebElement visible(String id) {
		return visible(By.id(id));
	}

	/** The visible text of the element with this id, once it is visible. */
	public String text(String id) {
		return visible(id).getText();
	}

	public List<WebElement> all(By by) {
		return driver.findElements(by);
	}

	public boolean present(By by) {
		return !driver.findElements(by).isEmpty();
	}

	public String title() {
		return driver.getTitle();
	}

	/** The {@code lang} of the page: the language it was written in. */
	public String language() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/** What the page wrote to the console since the last call, such as what a Content-Security-Policy refused. */
	public List<String> consoleMessages() {
		return driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	public String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public Cookie cookie(String name) {
		return driver.manage().getCookieNamed(name);
	}

	public String value(String id) {
		return driver.findElement(By.id(id)).getDomProperty("value");
	}

	public <T> T waitUntil(ExpectedCondition<T> condition, String what) {
		return new WebDriverWait(driver, PATIENCE).withMessage(() -> what + " (on " + path() + ")").until(condition);
	}

	public <T> T waitUntil(Function<WebDriver, T> condition, String what) {
		return new WebDriverWait(driver, PATIENCE).withMessage(() -> what + " (on " + path() + ")").until(condition::apply);
	}

	/**
	 * Waits until the page has no htmx request in flight (the registration form checks each field on change
	 * and swaps it for the server's answer).
	 */
	public Browser settle() {
		waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0;"),
				"the page to settle (no htmx request in flight)");
		return this;
	}

	/** The whole numbers in the visible text of the element with this id, in order ("Rp16.800" is 16800). */
	public List<Long> numbers(String id) {
		return Pattern.compile("\\d+(?:[.,]\\d{3})*").matcher(text(id)).results()
			.map(match -> Long.parseLong(match.group().replaceAll("[.,]", ""))).toList();
	}

	// ---- forms ---------------------------------------------------------------------------------------------

	/**
	 * Puts a value into the field of this name as a person would: types into text fields (replacing what was
	 * there), picks the option of a select, checks the radio button of that value, ticks a checkbox for
	 * "true". Date fields get their ISO value directly, since typing into them depends on the browser's locale.
	 */
	public Browser fill(String name, String value) {
		WebElement field = field(name, value);
		String tag = field.getTagName();
		String type = String.valueOf(field.getDomAttribute("type")).toLowerCase();
		if (tag.equals("select")) {
			new Select(field).selectByValue(value);
		}
		else if (type.equals("radio")) {
			if (!field.isSelected()) {
				tap(field);
			}
		}
		else if (type.equals("checkbox")) {
			if (field.isSelected() != Boolean.parseBoolean(value)) {
				tap(field);
			}
		}
		else if (type.equals("date") || type.equals("month")) {
			((JavascriptExecutor) driver).executeScript("""
					arguments[0].value = arguments[1];
					arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
					arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", field, value);
		}
		else {
			// clear() of a filled field fires "change", and the check that answers it replaces the field
			if (!String.valueOf(field.getDomProperty("value")).isEmpty()) {
				field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			}
			field.sendKeys(value);
		}
		return this;
	}

	/** Taps a radio button or checkbox where a person would: its label (styled as a button, say), else itself. */
	private void tap(WebElement choice) {
		String id = choice.getDomAttribute("id");
		List<WebElement> labels = id == null ? List.of() : driver.findElements(By.cssSelector("label[for='" + id + "']"));
		click(labels.isEmpty() ? choice : labels.get(0));
	}

	/** Like {@link #fill} when the form has a field of this name; a short form may leave some out. */
	public Browser fillIfPresent(String name, String value) {
		if (present(By.name(name))) {
			fill(name, value);
		}
		return this;
	}

	private WebElement field(String name, String value) {
		List<WebElement> fields = driver.findElements(By.name(name));
		assertThat(fields).as("a field named %s on %s", name, path()).isNotEmpty();
		if (fields.size() > 1) {
			return fields.stream().filter(field -> value.equals(field.getDomAttribute("value"))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " field with the value " + value + " on " + path()));
		}
		return fields.get(0);
	}

	/** Clicks an element after scrolling it into view (a phone screen hides most of a form). */
	public void click(WebElement element) {
		settle();
		// "instant": Bootstrap makes scrolling smooth, and a click during the scroll lands elsewhere
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		waitUntil(ExpectedConditions.elementToBeClickable(element), "clickable: " + element);
		element.click();
	}

	public void click(String id) {
		click(driver.findElement(By.id(id)));
	}

	// ---- screenshots -----------------------------------------------------------------------------------

	/**
	 * Saves the whole page as {@code docs/screenshots/<name>.png} (overwriting the last run's), at the
	 * current screen width: the window grows to the page's height for the picture, then shrinks back.
	 */
	public Path screenshot(String name) {
		return screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

	Path screenshot(Path file) {
		Dimension size = screen;
		try {
			long height = ((Number) ((JavascriptExecutor) driver)
				.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"))
				.longValue();
			int tall = (int) Math.min(Math.max(height, size.getHeight()), 4000);
			if (tall != size.getHeight()) {
				viewport(size.getWidth(), tall);
			}
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.createDirectories(file.getParent());
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			screen(size);
		}
	}

	/** What a failed test saw: a screenshot and the HTML, under {@code target/browser-failures/}. */
	void keepEvidence(String name) {
		Path folder = Path.of("target", "browser-failures");
		try {
			screenshot(folder.resolve(name + ".png"));
			Files.writeString(folder.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
					+ driver.getPageSource(), StandardCharsets.UTF_8);
		}
		catch (RuntimeException | IOException ex) {
			// evidence is a courtesy; the test's own failure is what counts
		}
	}
}
