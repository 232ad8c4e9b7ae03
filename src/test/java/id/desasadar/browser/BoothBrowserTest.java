package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.desasadar.Api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Booth mode (api.md: {@code /events/{id}/booth}): staff at a festival register one worker after another on a
 * phone, with the signal coming and going (issue #15). Each test opens the booth of a fresh event of its own, made
 * through the JSON API: a campaign planned by the manager, a festival today in Desa Wonopringgo created by the staff.
 * The browser reaches the application through a {@link FieldNetwork} the tests cut, slow down or make lose answers;
 * what was saved is read in PostgreSQL.
 */
@BrowserTest
class BoothBrowserTest {

	private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

	private final Browser browser;
	private final FieldNetwork network;
	private final ApiClient api;
	private long event;

	@Autowired
	JdbcTemplate jdbc;

	BoothBrowserTest(Browser browser, FieldNetwork network) {
		this.browser = browser;
		this.network = network;
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
			.fill("phone", "0812-3456-7890")
			.fill("occupation", "Penjual nasi goreng")
			.fill("sector", "TRADE")
			.fill("monthlyIncome", "1000000")
			.fill("consent", "true");
	}

	private void register() {
		browser.click("register");
	}

	private JavascriptExecutor page() {
		return (JavascriptExecutor) browser.driver();
	}

	/** Waits until the queue on the phone holds nothing that is not refused: every registration accepted. */
	private void allSent() {
		browser.waitUntil(d -> ((Number) page().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				idbKeyval.values(idbKeyval.createStore('desa-sadar-booth', 'queue'))
				  .then(function (all) { done(all.filter(function (i) { return i.state !== 'refused'; }).length); });""")).intValue() == 0,
				"every registration on the phone accepted by the server");
	}

	/** The registrations kept on the phone, as the queue shows them: each row's state. */
	@SuppressWarnings("unchecked")
	private List<String> queueStates() {
		return (List<String>) page().executeScript(
				"return Array.from(document.querySelectorAll('#booth-queue-items li')).map(function (li) { return li.dataset.state; });");
	}

	/** Ticks a program's box, as a person taps its label. */
	private void tick(String program) {
		if (!browser.driver().findElement(By.id("programs-" + program)).isSelected()) {
			browser.click(browser.driver().findElement(By.cssSelector("label[for='programs-" + program + "']")));
		}
	}

	/** The event's tally: registered today (the event is today) and in all. */
	private long tally() {
		List<Long> numbers = browser.numbers("tally");
		assertThat(numbers).as("today's and the total count in the tally").hasSizeGreaterThanOrEqualTo(2);
		assertThat(numbers.get(0)).as("today's count, the event being today").isEqualTo(numbers.get(1));
		return numbers.get(1);
	}

	private long workersWithNik(String nik) {
		return jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik);
	}

	private List<String> programsOf(String nik) {
		return jdbc.queryForList("""
				select p.program from enrollment_program p join enrollment e on e.id = p.enrollment_id
				join worker w on w.id = e.worker_id where w.nik = ? order by p.program""", String.class, nik);
	}

	/** The booth page is kept on the phone by its service worker (it opens without a network from now on). */
	private void keptOnThePhone() {
		browser.waitUntil(d -> Boolean.TRUE.equals(page().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				caches.open('desa-sadar-booth').then(function (c) { return c.match(location.href); })
				  .then(function (r) { done(!!r && navigator.serviceWorker.controller !== null); }, function () { done(false); });""")),
				"the booth page kept by the service worker");
	}

	@Test
	void registersOneWorkerAfterAnotherOnAPhoneAndSaysWhatWasSaved() {
		assertThat(browser.driver().manage().window().getSize().getWidth()).isLessThanOrEqualTo(400);
		assertThat(tally()).as("a fresh event's tally").isZero();
		browser.screenshot("booth");

		String slamet = Api.freshNik(BORN, false);
		fillFor(slamet, "Slamet Contoh Booth");
		tick("JHT");
		register();

		browser.waitUntil(d -> browser.text("registered").contains("Slamet Contoh Booth"), "the registration saved");
		assertThat(browser.text("registered")).as("who, the programs and the monthly amount")
			.contains("JKK, JKM, JHT").containsPattern("Rp[\\d.]+ per bulan");
		assertThat(tally()).isEqualTo(1);
		assertThat(browser.value("nik")).as("the form blank for the next one").isEmpty();
		assertThat(browser.value("name")).isEmpty();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).as("consent asked again").isFalse();
		assertThat(browser.driver().findElement(By.id("booth-queue")).isDisplayed()).as("nothing left on the phone").isFalse();
		browser.screenshot("booth-registered");

		String darmi = Api.freshNik(BORN, true);
		fillFor(darmi, "Darmi Contoh Booth");
		browser.fill("sex", "FEMALE").fill("villageRole", "OFFICIAL");
		register();

		browser.waitUntil(d -> browser.text("registered").contains("Darmi Contoh Booth"), "the second registration saved");
		assertThat(tally()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select village_role from worker where nik = ?", String.class, darmi))
			.as("a village official registered at the festival").isEqualTo("OFFICIAL");
		assertThat(programsOf(slamet)).containsExactly("JHT", "JKK", "JKM");

		browser.click(browser.visible(By.id("registered-open")));

		browser.waitUntil(d -> browser.path().matches("/workers/\\d+"), "the page of the worker just registered");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Darmi Contoh Booth");
		browser.screenshot("worker");
	}

	/** The booth of an event held another day asks the officer to confirm before the first registration. */
	@Test
	void asksToConfirmAtTheBoothOfAnEventOfAnotherDay() {
		long past = api.event(api.campaign("Kampanye Lalu " + System.nanoTime()), "33.26.12.2008",
				"Festival Lalu " + System.nanoTime(), ApiClient.today().minusDays(3));
		browser.open("/events/" + past + "/booth");

		assertThat(browser.visible("booth-date-check").getText()).contains("bukan hari ini");
		assertThat(browser.driver().findElement(By.id("worker-form")).isDisplayed()).as("no form before confirming").isFalse();
		browser.click("booth-date-confirm");

		assertThat(browser.visible(By.id("worker-form")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.id("booth-date-check")).isDisplayed()).isFalse();
		browser.driver().navigate().refresh();
		assertThat(browser.visible(By.id("worker-form")).isDisplayed()).as("confirmed once for the day").isTrue();
	}

	/** What the phone can tell is wrong is said beside each field before anything is sent, and what was typed stays. */
	@Test
	void showsWhatIsWrongBesideEachFieldAndKeepsWhatWasTyped() {
		fillFor("3326-12345", "");
		register();

		assertThat(browser.text("nik-error")).as("message beside the NIK").contains("16 angka");
		assertThat(browser.text("name-error")).as("message beside the name").isNotBlank();
		assertThat(browser.value("nik")).isEqualTo("3326-12345");
		assertThat(browser.value("birthDate")).isEqualTo(BORN.toString());
		assertThat(browser.driver().findElement(By.id("sex-MALE")).isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).isTrue();
		assertThat(queueStates()).as("nothing kept to send").isEmpty();
		assertThat(tally()).isZero();
		assertThat(browser.driver().findElement(By.id("nik")).getDomAttribute("aria-invalid")).isEqualTo("true");
		browser.screenshot("booth-validation");

		// typed from the KTP with spaces between the groups: the same NIK
		String nik = Api.freshNik(BORN, false);
		fillFor(nik.substring(0, 6) + " " + nik.substring(6, 12) + " " + nik.substring(12), "Paimin Contoh Perbaikan");
		register();

		browser.waitUntil(d -> browser.text("registered").contains("Paimin Contoh Perbaikan"), "the corrected registration saved");
		assertThat(tally()).isOne();
		assertThat(workersWithNik(nik)).isOne();
		assertThat(browser.value("nik")).as("blank, not the mistaken NIK typed before").isEmpty();
		assertThat(browser.driver().findElement(By.id("form-problems")).isDisplayed()).as("the mistakes' summary gone").isFalse();
		assertThat(browser.driver().findElement(By.id("nik")).getDomAttribute("aria-invalid")).isEqualTo("false");
	}

	/** The NIK's warnings (its date or sex differs) show as it is typed, before sending, and do not block. */
	@Test
	void warnsWhenTheNikDisagreesWithThePersonButRegisters() {
		String nik = Api.freshNik(LocalDate.of(1991, 6, 2), true);
		fillFor(nik, "Sutini Contoh Peringatan");
		network.down();
		browser.fill("birthDate", BORN.toString());

		browser.waitUntil(d -> browser.text("nik-warnings").contains("Tanggal lahir tidak sama"), "the NIK's date warning, offline");
		assertThat(browser.text("nik-warnings")).contains("Jenis kelamin tidak sama");
		network.up();
		register();

		browser.waitUntil(d -> browser.text("registered").contains("Sutini Contoh Peringatan"), "registered despite the warning");
		assertThat(workersWithNik(nik)).isOne();
	}

	/** A NIK registered already: the check as it is typed names and links the holder; sent anyway, it is refused so. */
	@Test
	void catchesANikRegisteredAlreadyAndLinksToThatWorker() {
		String nik = Api.freshNik(BORN, false);
		long existing = api.worker(nik, "Karto Contoh Terdaftar", BORN);

		fillFor(nik, "Karto Contoh Lagi");
		browser.settle();
		browser.visible(By.cssSelector("#nik-error a[href$='/workers/" + existing + "']"));
		register();

		WebElement link = browser.visible(By.cssSelector("#booth-queue-items a[href$='/workers/" + existing + "']"));
		assertThat(browser.text("booth-queue-items")).contains("Karto Contoh Lagi").contains("sudah terdaftar");
		assertThat(browser.value("name")).as("back in the form to correct").isEqualTo("Karto Contoh Lagi");
		assertThat(tally()).isZero();
		assertThat(workersWithNik(nik)).isOne();
		browser.screenshot("booth-duplicate");

		browser.click(link);

		browser.waitUntil(d -> browser.path().equals("/workers/" + existing), "the existing worker's page");
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Karto Contoh Terdaftar");
	}

	/**
	 * A whole stretch of the festival without a signal: each registration kept on the phone and shown in the queue; the
	 * page reloaded offline comes back from the phone with its queue and the half-typed form; when the signal
	 * returns, everything is sent by itself, each person created once.
	 */
	@Test
	void keepsRegistrationsOfflineThroughAReloadAndSendsEachOnceWhenTheSignalReturns() {
		keptOnThePhone();
		network.down();
		String first = Api.freshNik(BORN, false);
		String second = Api.freshNik(BORN, true);
		fillFor(first, "Sarinah Contoh Sinyal");
		register();
		// the form is blank again once the first is kept on the phone, as the officer sees before typing the next
		browser.waitUntil(d -> queueStates().size() == 1, "the first registration kept on the phone");
		fillFor(second, "Wartini Contoh Sinyal");
		browser.fill("sex", "FEMALE");
		register();

		browser.waitUntil(d -> queueStates().size() == 2, "two registrations kept on the phone");
		assertThat(browser.text("booth-queue-title")).contains("2");
		assertThat(browser.visible("booth-offline").isDisplayed()).isTrue();
		browser.fill("nik", "3326121705900");
		browser.fill("name", "Setengah Diketik Contoh");
		browser.screenshot("booth-offline");

		browser.driver().navigate().refresh();

		browser.visible(By.cssSelector("form#worker-form"));
		browser.waitUntil(d -> queueStates().size() == 2, "the queue, after a reload without a network");
		assertThat(browser.value("name")).as("what was being typed").isEqualTo("Setengah Diketik Contoh");
		assertThat(workersWithNik(first) + workersWithNik(second)).as("nothing reached the server").isZero();

		network.up();
		browser.click("booth-queue-send");

		allSent();
		browser.waitUntil(d -> queueStates().isEmpty(), "the queue emptied");
		assertThat(workersWithNik(first)).isOne();
		assertThat(workersWithNik(second)).isOne();
		assertThat(tally()).isEqualTo(2);
	}

	/** The payments of the worker with this NIK: months, amount, channel and receipt number of each. */
	private List<Map<String, Object>> paymentsOf(String nik) {
		return jdbc.queryForList("""
				select p.id, p.months, p.amount, p.channel, p.receipt_number from payment p
				join enrollment e on e.id = p.enrollment_id join worker w on w.id = e.worker_id where w.nik = ?""", nik);
	}

	/**
	 * Issue #18: the first payment taken with the registration, its amount from the quote, so that the worker leaves
	 * covered, with the receipt's number, a receipt to print and its summary to send.
	 */
	@Test
	void takesTheFirstPaymentWithTheRegistrationAndHandsOverItsReceipt() {
		String nik = Api.freshNik(BORN, false);
		fillFor(nik, "Warsito Contoh Bayar");
		browser.fill("firstMonths", "3");
		browser.waitUntil(d -> browser.text("first-payment-amount").matches("Dibayar sekarang: Rp[\\d.]+"),
				"the amount of three months, from the quote");
		String shown = browser.text("first-payment-amount").replaceAll("\\D", "");
		register();

		browser.waitUntil(d -> browser.text("registered").contains("Warsito Contoh Bayar"), "the registration saved");
		List<Map<String, Object>> paid = paymentsOf(nik);
		assertThat(paid).hasSize(1);
		Map<String, Object> payment = paid.get(0);
		assertThat(payment.get("months")).isEqualTo(3);
		assertThat(String.valueOf(payment.get("amount"))).as("what the booth said to pay").isEqualTo(shown);
		assertThat(payment.get("channel")).isEqualTo("BOOTH_CASH");
		String receipt = "%08d".formatted(((Number) payment.get("receipt_number")).longValue());
		assertThat(browser.text("registered")).contains("untuk 3 bulan").contains("No. kuitansi " + receipt);
		assertThat(browser.driver().findElement(By.id("registered-receipt-pdf")).getDomProperty("href"))
			.endsWith("/payments/" + payment.get("id") + "/receipt.pdf?paper=slip");
		assertThat(browser.driver().findElement(By.id("registered-receipt-whatsapp")).getDomProperty("href"))
			.endsWith("/payments/" + payment.get("id") + "/receipt/whatsapp");
		browser.screenshot("booth-paid");
	}

	/** Offline, the payment gets one of the phone's receipt numbers on the spot, and keeps it once sent. */
	@Test
	void aPaymentTakenWithoutASignalKeepsTheReceiptNumberGivenOnTheSpot() {
		keptOnThePhone();
		browser.waitUntil(d -> !"[]".equals(String.valueOf(page().executeScript(
				"return localStorage.getItem('desa-sadar.receipts.' + document.getElementById('booth').dataset.username) || '[]';"))),
				"receipt numbers held by the phone");
		network.down();
		String nik = Api.freshNik(BORN, true);
		fillFor(nik, "Sumiyati Contoh Luring");
		browser.fill("sex", "FEMALE");
		register();

		browser.waitUntil(d -> browser.text("paid").contains("No. kuitansi"), "the receipt number given at once");
		String given = browser.text("paid").replaceAll("(?s).*No\\. kuitansi (\\d+).*", "$1");
		assertThat(paymentsOf(nik)).as("nothing reached the server").isEmpty();

		network.up();
		browser.click("booth-queue-send");
		allSent();
		List<Map<String, Object>> paid = paymentsOf(nik);
		assertThat(paid).hasSize(1);
		assertThat("%08d".formatted(((Number) paid.get(0).get("receipt_number")).longValue()))
			.as("the number on the receipt handed over offline").isEqualTo(given);
	}

	/** The server saved, but its answer never reached the phone: sent again, it is "already saved", not a second person. */
	@Test
	void aRegistrationWhoseAnswerWasLostIsSentAgainAndSavedOnce() {
		String nik = Api.freshNik(BORN, false);
		fillFor(nik, "Ngatimin Contoh Jawaban");
		network.losingAnswers();
		register();

		browser.waitUntil(d -> network.answersLost() > 0 && workersWithNik(nik) == 1, "saved, its answer lost");
		browser.waitUntil(d -> queueStates().equals(List.of("waiting")), "still on the phone, to be sent again");
		network.up();
		browser.click("booth-queue-send");

		browser.waitUntil(d -> browser.text("registered").contains("Ngatimin Contoh Jawaban"), "the answer, at last");
		assertThat(browser.text("registered")).contains("tidak didaftarkan dua kali");
		assertThat(workersWithNik(nik)).isOne();
		assertThat(tally()).isOne();
	}

	/**
	 * JHT ticked right after the income is typed, and a name corrected right after it was checked, on a slow network:
	 * the checks answered late undo neither; the programs saved are the programs ticked.
	 */
	@Test
	void aLateAnswerUndoesNothingAndTheProgramsSavedAreTheProgramsTicked() {
		String nik = Api.freshNik(BORN, false);
		fillFor(nik, "Kasiyem");
		browser.settle();
		network.slow(Duration.ofMillis(1500));
		browser.fill("monthlyIncome", "1500000");
		// leaving the income field sends its check; the tick is made while it is on its way
		tickAtOnce("JHT");
		browser.waitUntil(d -> browser.text("quote").contains("Jaminan Hari Tua"), "the quote with JHT, at once");
		WebElement name = browser.driver().findElement(By.id("name"));
		name.sendKeys(" Contoh");
		// leaving the name sends its check; more is typed into it before the check's answer comes
		page().executeScript("arguments[0].focus();", browser.driver().findElement(By.id("occupation")));
		name.sendKeys(" Lambat");
		browser.settle();
		assertThat(browser.driver().findElement(By.id("programs-JHT")).isSelected()).as("JHT still ticked").isTrue();
		assertThat(browser.value("name")).as("the name as typed after its check was sent").isEqualTo("Kasiyem Contoh Lambat");
		register();

		browser.waitUntil(d -> workersWithNik(nik) == 1, "saved");
		assertThat(programsOf(nik)).containsExactly("JHT", "JKK", "JKM");
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, nik)).isEqualTo("Kasiyem Contoh Lambat");
		browser.waitUntil(d -> browser.text("registered").contains("JKK, JKM, JHT"), "the saved programs, named");
	}

	/** A tap on a program's label at once, not waiting for the checks in flight as a test's click otherwise does. */
	private void tickAtOnce(String program) {
		WebElement label = browser.driver().findElement(By.cssSelector("label[for='programs-" + program + "']"));
		page().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
		label.click();
	}

	/**
	 * Idle past the session's timeout: the registration stays on the phone, the booth asks to sign in again on the
	 * page itself, then sends it.
	 */
	@Test
	void keepsTheRegistrationWhenTheSessionEndedAndSendsItAfterSigningInOnTheBooth() {
		String nik = Api.freshNik(BORN, false);
		fillFor(nik, "Wagiman Contoh Sesi");
		browser.driver().manage().deleteCookieNamed("SESSION");

		register();

		browser.visible("booth-signin");
		assertThat(browser.path()).as("still the booth").isEqualTo("/events/" + event + "/booth");
		browser.waitUntil(d -> queueStates().equals(List.of("signin")), "kept, waiting for a sign-in");
		assertThat(workersWithNik(nik)).isZero();
		browser.driver().findElement(By.id("booth-signin-password")).sendKeys("wrong password");
		browser.click("booth-signin-submit");
		browser.waitUntil(d -> browser.text("booth-signin-problem").contains("salah"), "a wrong password said so");
		browser.driver().findElement(By.id("booth-signin-password")).clear();
		browser.driver().findElement(By.id("booth-signin-password")).sendKeys(Browser.PASSWORD);
		browser.click("booth-signin-submit");

		browser.waitUntil(d -> browser.text("registered").contains("Wagiman Contoh Sesi"), "sent after signing in");
		assertThat(workersWithNik(nik)).isOne();
		assertThat(browser.driver().findElement(By.id("booth-signin")).isDisplayed()).isFalse();
	}

	/**
	 * Another phone registered the same person while this one was offline: the registration stays on the phone,
	 * marked with the reason, linked to the holder, to be corrected or removed.
	 */
	@Test
	void aNikRegisteredByAnotherPhoneMeanwhileStaysInTheQueueWithTheReason() {
		network.down();
		String nik = Api.freshNik(BORN, false);
		fillFor(nik, "Suparno Contoh Dua HP");
		register();
		browser.waitUntil(d -> queueStates().equals(List.of("waiting")), "kept on the phone");
		browser.fill("nik", "3326");
		long other = api.worker(nik, "Suparno Contoh HP Lain", BORN);

		network.up();
		browser.click("booth-queue-send");

		browser.waitUntil(d -> queueStates().equals(List.of("refused")), "refused, kept on the phone");
		assertThat(browser.text("booth-queue-items")).contains("Suparno Contoh Dua HP").contains("sudah terdaftar");
		browser.visible(By.cssSelector("#booth-queue-items a[href$='/workers/" + other + "']"));
		assertThat(workersWithNik(nik)).isOne();

		browser.click(browser.visible(By.cssSelector("#booth-queue-items [data-part='fix']")));

		assertThat(browser.value("name")).as("back in the form to correct").isEqualTo("Suparno Contoh Dua HP");
		assertThat(browser.text("nik-error")).contains("sudah terdaftar");
	}

	/** Signing out with registrations not sent warns first; going on deletes them from the phone. */
	@Test
	void warnsBeforeSigningOutWithUnsentRegistrations() {
		network.down();
		fillFor(Api.freshNik(BORN, false), "Juminten Contoh Keluar");
		register();
		browser.waitUntil(d -> queueStates().size() == 1, "kept on the phone");

		browser.openMenu();
		browser.driver().findElement(By.id("logout")).click();
		assertThat(browser.driver().switchTo().alert().getText()).contains("1 pendaftaran").contains("belum terkirim");
		browser.driver().switchTo().alert().dismiss();
		assertThat(browser.path()).isEqualTo("/events/" + event + "/booth");
		assertThat(queueStates()).hasSize(1);

		browser.driver().findElement(By.id("logout")).click();
		browser.driver().switchTo().alert().accept();
		// offline, signing out itself waits for the network; what the phone kept is gone at once
		network.up();
		browser.open("/login");
		assertThat(((Number) page().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var open = indexedDB.open('desa-sadar-booth');
				open.onsuccess = function () {
				  var db = open.result;
				  if (!db.objectStoreNames.contains('queue')) { done(0); return; }
				  var count = db.transaction('queue').objectStore('queue').count();
				  count.onsuccess = function () { done(count.result); };
				};""")).intValue()).as("nothing left on the phone").isZero();
		assertThat(page().executeScript("return localStorage.getItem('desa-sadar.queue.count');")).isNull();
	}
}
