package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.desasadar.support.InvalidInputException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.NikWarning;
import id.desasadar.worker.Sex;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The NIK as the booth checks it on the phone (js/nik.js) is the NIK as the server checks it ({@link Nik}, domain.md,
 * "Identity data"): the same first problem, or none, for a grid of NIKs typed as people type them (separators,
 * impossible dates, women's days, a serial of zeros), and the same warnings against a birth date, a sex and a village.
 */
@BrowserTest
class NikRulesBrowserTest {

	private final Browser browser;

	@Autowired
	JsonMapper json;

	NikRulesBrowserTest(Browser browser) {
		this.browser = browser;
	}

	static List<String> typed() {
		return List.of("", "3326", "33261203850001", "3326120385000123", "332612O385000001", "3326121203850000",
				"3326121203850001", "3326125203850001", "3326124103850001", "3326127203850001", "3326123203850001",
				"3326120013850001", "3326123102850001", "3326127102850001", "3326122902000001", "3326122902010001",
				"3326126902040001", "3326123004850001", "3326 1212 0385 0001", "3326.1212.0385.0001", "3326-1212-0385-0001",
				" 3326121203850001 ", "33 26 12 12 03 85 00 01", "3326121203850001x", "3326121303850001");
	}

	private String problemOf(String raw) {
		try {
			Nik.of(raw);
			return null;
		}
		catch (InvalidInputException ex) {
			return ex.problems().get(0).messageKey();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void thePhoneFindsTheSameProblemsAndWarningsAsTheServer() {
		browser.signIn("staff").open("/workers/new");
		browser.visible(By.cssSelector("form#worker-form"));
		List<String> typed = typed();
		List<String> problems = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return JSON.parse(arguments[0]).map(function (nik) { return DesaSadarNik.problem(nik); });",
				json.writeValueAsString(typed));
		List<String> differ = new ArrayList<>();
		for (int i = 0; i < typed.size(); i++) {
			String expected = problemOf(typed.get(i));
			if (!java.util.Objects.equals(expected, problems.get(i))) {
				differ.add("'" + typed.get(i) + "': server " + expected + ", phone " + problems.get(i));
			}
		}
		assertThat(differ).isEmpty();

		List<Object[]> people = List.of(
				new Object[] { "3326121203850001", "1985-03-12", "MALE", "33.26.12.2008" },
				new Object[] { "3326121203850001", "1985-03-13", "MALE", "33.26.12.2008" },
				new Object[] { "3326121203850001", "1985-03-12", "FEMALE", "33.26.12.2008" },
				new Object[] { "3326121203850001", "1985-03-12", "MALE", "33.26.10.2013" },
				new Object[] { "3326105207900001", "1990-07-12", "FEMALE", "33.26.10.2013" },
				new Object[] { "3326105207900001", "1991-07-12", "MALE", "33.26.12.2008" });
		List<List<String>> warned = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return JSON.parse(arguments[0]).map(function (p) { return DesaSadarNik.warnings(p[0], p[1], p[2], p[3]); });",
				json.writeValueAsString(people));
		for (int i = 0; i < people.size(); i++) {
			Object[] person = people.get(i);
			List<String> expected = Nik.of((String) person[0]).warningsAgainst(LocalDate.parse((String) person[1]),
					Sex.valueOf((String) person[2]), (String) person[3]).stream().map(NikWarning::messageKey).toList();
			assertThat(warned.get(i)).as("warnings for %s", List.of(person)).containsExactlyElementsOf(expected);
		}
		assertThat(warned.stream().filter(w -> !w.isEmpty()).count()).as("the grid meets warnings").isGreaterThanOrEqualTo(4);
	}
}
