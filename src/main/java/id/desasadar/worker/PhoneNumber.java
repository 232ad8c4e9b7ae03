package id.desasadar.worker;

import java.util.regex.Pattern;

import id.desasadar.support.InvalidInputException;

/**
 * An Indonesian mobile number, stored as E.164 {@code +628...} so that one number is one string whatever
 * way it was typed (domain.md, Identity data: 10 to 13 digits with the leading 0). Mobile only, because
 * the number is for reaching the worker by WhatsApp or SMS; a landline ({@code 021...}) is refused.
 */
public record PhoneNumber(String e164) {

	/** {@code +628} then the rest: 8 to 11 digits, which is 10 to 13 with the national {@code 08}. */
	private static final Pattern E164 = Pattern.compile("\\+628[0-9]{8,11}");

	/** What people put between digits: spaces, dashes, dots and parentheses. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-.()]");

	public PhoneNumber {
		if (e164 == null || !E164.matcher(e164).matches()) {
			throw new IllegalArgumentException("not an Indonesian mobile number in E.164: " + e164);
		}
	}

	/**
	 * Parses what a person typed: {@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code 62812...},
	 * {@code (0812) 3456.7890}.
	 */
	public static PhoneNumber of(String raw) {
		if (raw != null) {
			String compact = SEPARATORS.matcher(raw).replaceAll("");
			String e164 = compact.startsWith("08") ? "+62" + compact.substring(1)
					: compact.startsWith("628") ? "+" + compact
					: compact;
			if (E164.matcher(e164).matches()) {
				return new PhoneNumber(e164);
			}
		}
		throw new InvalidInputException("phone", "worker.phone.invalid");
	}

	/** The number as Indonesians write it, {@code 081234567890}. */
	public String national() {
		return "0" + e164.substring(3);
	}

	/** Digits without the {@code +}, as {@code https://wa.me/} links want them. */
	public String waMe() {
		return e164.substring(1);
	}

	@Override
	public String toString() {
		return e164;
	}
}
