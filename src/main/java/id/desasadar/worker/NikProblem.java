package id.desasadar.worker;

/**
 * Why a NIK is malformed, in the order the checks run, so that a clerk fixes the first thing wrong
 * (a missing digit) before being told about a later one (the month).
 */
public enum NikProblem {

	LENGTH("worker.nik.length"),
	DIGITS("worker.nik.digits"),
	MONTH("worker.nik.month"),
	DAY("worker.nik.day"),
	/** Day and month that no calendar has: 31 February, 31 April, 29 February of a year not divisible by 4. */
	DATE("worker.nik.date"),
	SERIAL("worker.nik.serial");

	private final String messageKey;

	NikProblem(String messageKey) {
		this.messageKey = messageKey;
	}

	/** Key in {@code i18n/worker*.properties}. */
	public String messageKey() {
		return messageKey;
	}
}
