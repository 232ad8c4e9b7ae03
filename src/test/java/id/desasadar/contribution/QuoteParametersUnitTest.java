package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

class QuoteParametersUnitTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	@DisplayName("api.md Contribution quote: the example query")
	void readsTheExampleQuery() {
		QuoteRequest request = new QuoteParameters("BPU", "1000000", "JKK,JKM,JHT", "2019-08-21", "TRADE", "SELF", null,
				null).toRequest(TODAY);

		assertThat(request).isEqualTo(new QuoteRequest(LocalDate.of(2019, 8, 21), Segment.BPU, 1_000_000,
				Set.of(JKK, JKM, JHT), Sector.TRADE, Payer.SELF, null, null));
	}

	@Test
	@DisplayName("api.md Contribution quote: date defaults to today, sector to OTHER, payer to SELF")
	void defaultsOptionalParameters() {
		QuoteRequest request = new QuoteParameters("BPU", "1000000", "JKK,JKM", null, "", " ", null, null)
				.toRequest(TODAY);

		assertThat(request.date()).isEqualTo(TODAY);
		assertThat(request.sector()).isEqualTo(Sector.OTHER);
		assertThat(request.payer()).isEqualTo(Payer.SELF);
	}

	@Test
	@DisplayName("api.md Contribution quote: PU parameters employerSize and riskClass")
	void readsPuParameters() {
		QuoteRequest request = new QuoteParameters("PU", "12000000", " JKK , JKM,,JKK ", "2026-01-10", null, null, "MICRO",
				"3").toRequest(TODAY);

		assertThat(request.programs()).containsExactly(JKK, JKM);
		assertThat(request.employerSize()).isEqualTo(EmployerSize.MICRO);
		assertThat(request.riskClass()).isEqualTo(3);
	}

	@Test
	@DisplayName("api.md Conventions: an unknown program is a 400 naming programs")
	void refusesUnknownProgram() {
		assertThat(problems(new QuoteParameters("BPU", "1000000", "JKK,XYZ", null, null, null, null, null)))
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(tuple("programs", "contribution.input.programs.invalid"));
	}

	@Test
	@DisplayName("api.md Conventions: a negative income is a 400 naming monthlyIncome")
	void refusesNegativeIncome() {
		assertThat(problems(new QuoteParameters("BPU", "-1", "JKK,JKM", null, null, null, null, null)))
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(tuple("monthlyIncome", "contribution.input.monthly-income.invalid"));
	}

	@Test
	@DisplayName("api.md Conventions: a 400 names every bad field at once")
	void namesEveryBadParameter() {
		assertThat(problems(new QuoteParameters("XX", "1.000.000", ",", "21-08-2019", "FARMING", "ME", "HUGE", "high")))
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(
						tuple("segment", "contribution.input.segment.invalid"),
						tuple("monthlyIncome", "contribution.input.monthly-income.invalid"),
						tuple("programs", "problem.field.required"),
						tuple("date", "contribution.input.date.invalid"),
						tuple("sector", "contribution.input.sector.invalid"),
						tuple("payer", "contribution.input.payer.invalid"),
						tuple("employerSize", "contribution.input.employer-size.invalid"),
						tuple("riskClass", "contribution.input.risk-class.invalid"));
	}

	@Test
	@DisplayName("api.md Conventions: missing required parameters are named")
	void namesMissingParameters() {
		assertThat(problems(new QuoteParameters(null, null, null, null, null, null, null, null)))
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(
						tuple("segment", "problem.field.required"),
						tuple("monthlyIncome", "problem.field.required"),
						tuple("programs", "problem.field.required"));
	}

	@Test
	@DisplayName("api.md Conventions: names are the exact codes of the contract")
	void refusesLowerCaseNames() {
		assertThat(problems(new QuoteParameters("bpu", "1000000", "jkk", null, null, null, null, null)))
				.extracting(FieldProblem::field).containsExactly("segment", "programs");
	}

	private static List<FieldProblem> problems(QuoteParameters parameters) {
		try {
			parameters.toRequest(TODAY);
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("expected an InvalidInputException");
	}
}
