package id.desasadar.contribution;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to one program's contribution made by a rule, such as the PP 50/2025 discount.
 *
 * @param rule the rule's code, e.g. {@code PP-50-2025}
 * @param amount in whole Rupiah; negative for a discount
 * @param percent the rule's percent of the program's contribution, e.g. 50
 */
public record Adjustment(Program program, String rule, long amount, BigDecimal percent) {

	/** A rule code written as the rules page asks, kind-number-year: PP-50-2025. */
	private static final Pattern NUMBERED = Pattern.compile("([A-Za-z]+)-(\\d+)-(\\d{4})");

	public Adjustment {
		// 50, not 50.0000 (numeric(7,4)) nor 5E+1 (stripped), in JSON as on the page
		percent = new BigDecimal(percent.stripTrailingZeros().toPlainString());
	}

	/** The regulation as people name it: PP-50-2025 is "PP 50/2025"; any other code as it is written. */
	public String regulation() {
		return regulationOf(rule);
	}

	static String regulationOf(String rule) {
		Matcher numbered = NUMBERED.matcher(rule);
		return numbered.matches() ? numbered.group(1) + " " + numbered.group(2) + "/" + numbered.group(3) : rule;
	}
}
