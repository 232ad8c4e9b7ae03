package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Quote;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.support.ProblemException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The quote the booth shows offline is the quote the server makes (issue #15): js/quote.js, run in Chromium on the
 * rules the page carries, against {@link ContributionQuoter} on the same stored rows, over a grid of cases at the
 * edges: the BPU income brackets and the top of the table, every discount period's first and last month (PP 49/2020,
 * PP 50/2025 by sector), payers from the village, regional and state budgets, and wage earners around the JP caps.
 */
@BrowserTest
class OfflineQuoteBrowserTest {

	private static final List<String> DATES = List.of("2015-07-01", "2019-08-21", "2020-07-31", "2020-08-01", "2021-01-31",
			"2021-02-01", "2024-02-29", "2024-03-01", "2025-02-28", "2025-03-01", "2025-12-31", "2026-01-01", "2026-02-28",
			"2026-03-01", "2026-03-31", "2026-04-01", "2026-11-22", "2026-12-31", "2027-01-01", "2027-03-31", "2027-04-01");

	private static final List<Long> INCOMES = List.of(0L, 999_999L, 1_000_000L, 1_099_999L, 1_100_000L, 1_200_000L,
			1_299_999L, 1_300_000L, 4_500_000L, 20_699_999L, 20_700_000L, 25_000_000L);

	private static final List<Long> WAGES = List.of(2_000_000L, 10_042_300L, 10_547_400L, 11_086_300L, 15_000_000L);

	private final Browser browser;

	@Autowired
	ContributionQuoter quoter;

	@Autowired
	JsonMapper json;

	OfflineQuoteBrowserTest(Browser browser) {
		this.browser = browser;
	}

	List<QuoteRequest> grid() {
		List<QuoteRequest> grid = new ArrayList<>();
		List<Set<Program>> bpuPrograms = List.of(EnumSet.of(Program.JKK, Program.JKM), EnumSet.of(Program.JKK, Program.JKM, Program.JHT));
		for (String date : DATES) {
			for (long income : INCOMES) {
				for (Sector sector : List.of(Sector.TRADE, Sector.TRANSPORT)) {
					for (Payer payer : List.of(Payer.SELF, Payer.VILLAGE_BUDGET, Payer.REGIONAL_BUDGET, Payer.STATE_BUDGET)) {
						for (Set<Program> programs : bpuPrograms) {
							grid.add(new QuoteRequest(LocalDate.parse(date), Segment.BPU, income, programs, sector, payer, null, null));
						}
					}
				}
			}
			for (long wage : WAGES) {
				for (int risk = 1; risk <= 5; risk++) {
					grid.add(new QuoteRequest(LocalDate.parse(date), Segment.PU, wage, EnumSet.allOf(Program.class), Sector.MANUFACTURING,
							Payer.SELF, EmployerSize.MEDIUM, risk));
				}
			}
		}
		return grid;
	}

	/** The server's quote in the script's shape, or the problem it answers instead. */
	Map<String, Object> server(QuoteRequest request) {
		Map<String, Object> shape = new LinkedHashMap<>();
		try {
			Quote quote = quoter.quote(request);
			shape.put("incomeBase", quote.incomeBase());
			shape.put("monthlyContribution", quote.monthlyContribution());
			Map<String, Long> breakdown = new TreeMap<>();
			quote.breakdown().forEach((program, amount) -> breakdown.put(program.name(), amount));
			shape.put("breakdown", breakdown);
			shape.put("adjustments", quote.adjustments().stream()
				.map(a -> a.program().name() + " " + a.rule() + " " + a.regulation() + " " + a.amount() + " "
						+ a.percent().toPlainString()).toList());
			shape.put("warnings", quote.warnings());
		}
		catch (ProblemException ex) {
			shape.put("problem", ex.code());
		}
		return shape;
	}

	Map<String, Object> requestJson(QuoteRequest request) {
		Map<String, Object> sent = new LinkedHashMap<>();
		sent.put("date", request.date().toString());
		sent.put("segment", request.segment().name());
		sent.put("monthlyIncome", request.monthlyIncome());
		sent.put("programs", request.programs().stream().map(Program::name).toList());
		sent.put("sector", request.sector().name());
		sent.put("payer", request.payer().name());
		sent.put("employerSize", request.employerSize() == null ? null : request.employerSize().name());
		sent.put("riskClass", request.riskClass());
		return sent;
	}

	@Test
	@SuppressWarnings("unchecked")
	void theScriptQuotesWhatTheServerQuotesOverAGridOfEdgeCases() {
		browser.signIn("staff").open("/workers/new");
		browser.visible(By.cssSelector("form#worker-form[data-rules]"));
		List<QuoteRequest> grid = grid();
		List<Map<String, Object>> sent = grid.stream().map(this::requestJson).toList();

		List<Map<String, Object>> scripted = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
				var rules = JSON.parse(document.getElementById('worker-form').getAttribute('data-rules'));
				return JSON.parse(arguments[0]).map(function (request) {
				  try {
				    var q = DesaSadarQuote.quote(rules, request);
				    var breakdown = {};
				    Object.keys(q.breakdown).sort().forEach(function (p) { breakdown[p] = q.breakdown[p]; });
				    return { incomeBase: q.incomeBase, monthlyContribution: q.monthlyContribution, breakdown: breakdown,
				      adjustments: q.adjustments.map(function (a) { return a.program + ' ' + a.rule + ' ' + a.regulation + ' ' + a.amount + ' ' + a.percent; }),
				      warnings: q.warnings };
				  } catch (e) {
				    return { problem: e.code };
				  }
				});""", json.writeValueAsString(sent));

		List<String> differ = new ArrayList<>();
		int quoted = 0;
		for (int i = 0; i < grid.size(); i++) {
			Map<String, Object> expected = json.readValue(json.writeValueAsString(server(grid.get(i))), Map.class);
			Map<String, Object> actual = json.readValue(json.writeValueAsString(scripted.get(i)), Map.class);
			if (!expected.equals(actual)) {
				differ.add(sent.get(i) + ": server " + expected + ", script " + actual);
			}
			if (!expected.containsKey("problem")) {
				quoted++;
			}
		}
		assertThat(differ).as("cases where the phone would quote otherwise than the server").isEmpty();
		assertThat(quoted).as("the grid quotes, not only problems").isGreaterThan(grid.size() / 2);
		assertThat(scripted.stream().filter(q -> q.get("adjustments") instanceof List<?> list && !list.isEmpty()).count())
			.as("the grid meets discounts").isPositive();
	}
}
