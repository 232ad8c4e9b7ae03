package id.desasadar.contribution;

/** The programs of BPJS Ketenagakerjaan; the declaration order is the order of every breakdown. */
public enum Program {

	/** Jaminan Kecelakaan Kerja: work accident. */
	JKK,
	/** Jaminan Kematian: death. */
	JKM,
	/** Jaminan Hari Tua: old-age savings. */
	JHT,
	/** Jaminan Pensiun: pension, open to wage earners only. */
	JP
}
