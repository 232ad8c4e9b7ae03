package id.desasadar.contribution;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.desasadar.support.FieldChecks;

/**
 * The values a rule is typed with, on the rules page and in its API alike: text, so that every bad field is
 * named at once ({@code 400}). Public for the agents' fee schemes, which are kept the same way.
 */
public final class RuleFields {

	/** What numeric(7, 4) holds: 0.2400 is 0.24%. */
	private static final int PERCENT_SCALE = 4;

	private RuleFields() {
	}

	/**
	 * A percentage such as {@code 0.24}, {@code 0,24} (a decimal comma, as typed in Indonesia) or {@code 7.5}:
	 * above 0 (at least 0 when {@code zeroAllowed}) and at most 100, with 4 decimals at most.
	 */
	public static BigDecimal percent(String field, String text, boolean required, boolean zeroAllowed, FieldChecks checks) {
		String value = checks.text(field, text, 12, required);
		if (value == null) {
			return null;
		}
		BigDecimal percent;
		try {
			percent = new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			checks.add(field, "rules.change.percent");
			return null;
		}
		boolean aboveMinimum = zeroAllowed ? percent.signum() >= 0 : percent.signum() > 0;
		if (!aboveMinimum || percent.compareTo(BigDecimal.valueOf(100)) > 0
				|| percent.stripTrailingZeros().scale() > PERCENT_SCALE) {
			checks.add(field, "rules.change.percent");
			return null;
		}
		return plain(percent);
	}

	/** 50, not 5E+1 (what stripping the zeros of 50.0000 leaves), for JSON and pages; 0.24 stays. */
	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Whole Rupiah (or a whole count), at least {@code min}. */
	public static Long whole(String field, String text, long min, boolean required, FieldChecks checks) {
		Long value = checks.wholeNumber(field, text);
		if (value == null) {
			if (required && checks.ok(field)) {
				checks.add(field, "problem.field.required");
			}
			return null;
		}
		return checks.number(field, value, min, 1_000_000_000_000L, required);
	}

	/** The id of the row a new one replaces, if any. */
	public static Long replaces(String text, FieldChecks checks) {
		return checks.wholeNumber("replaces", text);
	}

	/** The text of the regulation a rule comes from, which every row cites. */
	public static String source(String text, FieldChecks checks) {
		return checks.text("source", text, 500, true);
	}

	/** One or more names of an enumeration; none is a problem when required. */
	static <E extends Enum<E>> Set<E> choices(String field, List<String> names, Class<E> type, boolean required,
			FieldChecks checks) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (String name : names == null ? List.<String>of() : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			E choice = checks.choice(field, name, type, true);
			if (choice != null) {
				chosen.add(choice);
			}
		}
		if (required && chosen.isEmpty() && checks.ok(field)) {
			checks.add(field, "problem.field.required");
		}
		return chosen;
	}
}
