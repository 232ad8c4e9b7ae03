package id.desasadar.contribution;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

/**
 * The query parameters of {@code GET /api/v1/contributions/quote}, bound as text so that every bad value,
 * not only the first, comes back as a {@code 400} naming its parameter rather than as a conversion error.
 */
record QuoteParameters(String segment, String monthlyIncome, String programs, String date, String sector,
		String payer, String employerSize, String riskClass) {

	/**
	 * @param today the date when none is given
	 * @throws InvalidInputException naming every missing or malformed parameter
	 */
	QuoteRequest toRequest(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Segment segment = required("segment", this.segment, problems, Segment::valueOf);
		Long income = required("monthlyIncome", monthlyIncome, problems, QuoteParameters::rupiah);
		Set<Program> programs = programs(problems);
		LocalDate day = optional("date", date, problems, LocalDate::parse, today);
		Sector sector = optional("sector", this.sector, problems, Sector::valueOf, Sector.OTHER);
		Payer payer = optional("payer", this.payer, problems, Payer::valueOf, Payer.SELF);
		EmployerSize size = optional("employerSize", employerSize, problems, EmployerSize::valueOf, null);
		Integer risk = optional("riskClass", riskClass, problems, Integer::valueOf, null);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new QuoteRequest(day, segment, income, programs, sector, payer, size, risk);
	}

	private static long rupiah(String text) {
		long amount = Long.parseLong(text);
		if (amount < 0) {
			throw new IllegalArgumentException("negative");
		}
		return amount;
	}

	/** Comma separated, e.g. {@code JKK,JKM,JHT}; every unknown name is reported. */
	private Set<Program> programs(List<FieldProblem> problems) {
		if (isBlank(programs)) {
			problems.add(new FieldProblem("programs", "problem.field.required"));
			return Set.of();
		}
		Set<Program> chosen = EnumSet.noneOf(Program.class);
		List<String> unknown = new ArrayList<>();
		for (String name : programs.split(",")) {
			String trimmed = name.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			try {
				chosen.add(Program.valueOf(trimmed));
			}
			catch (IllegalArgumentException notAProgram) {
				unknown.add(trimmed);
			}
		}
		if (!unknown.isEmpty()) {
			problems.add(new FieldProblem("programs", "contribution.input.programs.invalid", String.join(", ", unknown)));
		}
		else if (chosen.isEmpty()) {
			problems.add(new FieldProblem("programs", "problem.field.required"));
		}
		return chosen;
	}

	private static <T> T required(String field, String text, List<FieldProblem> problems, Function<String, T> parse) {
		if (isBlank(text)) {
			problems.add(new FieldProblem(field, "problem.field.required"));
			return null;
		}
		return parsed(field, text, problems, parse);
	}

	private static <T> T optional(String field, String text, List<FieldProblem> problems, Function<String, T> parse,
			T otherwise) {
		return isBlank(text) ? otherwise : parsed(field, text, problems, parse);
	}

	private static <T> T parsed(String field, String text, List<FieldProblem> problems, Function<String, T> parse) {
		try {
			return parse.apply(text.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException malformed) {
			// NumberFormatException is an IllegalArgumentException, like an unknown enum name
			problems.add(new FieldProblem(field, "contribution.input." + messageName(field) + ".invalid"));
			return null;
		}
	}

	/** {@code monthlyIncome} is {@code monthly-income} in message keys. */
	private static String messageName(String field) {
		return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
