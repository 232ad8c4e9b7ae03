package id.desasadar.worker;

/** Sex as written on the KTP; the NIK encodes it in the birth day (women: day + 40). */
public enum Sex {
	MALE, FEMALE
}
