package id.desasadar.worker;

/**
 * A NIK that disagrees with what else we know of the person, or whose region the official list does not
 * have. The NIK never changes and its date is never corrected (domain.md, Identity data), so a disagreement
 * is shown to the clerk but never blocks a registration.
 */
public enum NikWarning {

	BIRTH_DATE_DIFFERS("nik-birth-date-differs", "worker.nik.warning.birth-date-differs"),
	SEX_DIFFERS("nik-sex-differs", "worker.nik.warning.sex-differs"),
	REGION_DIFFERS("nik-region-differs", "worker.nik.warning.region-differs"),
	/** Digits 1-2 are no province of the official list. */
	PROVINCE_UNKNOWN("nik-province-unknown", "worker.nik.warning.province-unknown"),
	/** Digits 3-4 are no regency of the province in the official list. */
	REGENCY_UNKNOWN("nik-regency-unknown", "worker.nik.warning.regency-unknown");

	private final String code;
	private final String messageKey;

	NikWarning(String code, String messageKey) {
		this.code = code;
		this.messageKey = messageKey;
	}

	/** Stable code for the API's {@code warnings: [{"code": ...}]}. */
	public String code() {
		return code;
	}

	/** Key in {@code i18n/worker*.properties}. */
	public String messageKey() {
		return messageKey;
	}
}
