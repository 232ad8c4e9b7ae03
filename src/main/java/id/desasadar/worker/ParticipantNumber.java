package id.desasadar.worker;

import java.util.regex.Pattern;

import id.desasadar.support.InvalidInputException;

/**
 * The agency's participant number (KPJ, nomor kartu peserta) of a worker: 11 digits (api.md, Payments and proof),
 * given by the agency's core system once the worker is registered there. Typed from a card it may carry spaces,
 * dots or dashes between groups; they are dropped before it is checked, as for the NIK.
 */
public record ParticipantNumber(String value) {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{11}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-.]");

	public ParticipantNumber {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("not an 11-digit participant number: " + value);
		}
	}

	/** Parses what a person or a file wrote; a {@code 400} naming {@code participantNumber} otherwise. */
	public static ParticipantNumber of(String raw) {
		if (raw != null) {
			String compact = SEPARATORS.matcher(raw).replaceAll("");
			if (DIGITS.matcher(compact).matches()) {
				return new ParticipantNumber(compact);
			}
		}
		throw new InvalidInputException("participantNumber", "worker.participant-number.invalid");
	}

	@Override
	public String toString() {
		return value;
	}
}
