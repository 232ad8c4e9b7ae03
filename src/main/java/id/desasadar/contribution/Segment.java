package id.desasadar.contribution;

/** The two kinds of participant, which decide the programs open to them and how they pay. */
public enum Segment {

	/** Bukan Penerima Upah: self-employed and informal workers, paying on a declared income. */
	BPU,
	/** Penerima Upah: wage earners, paying (with their employer) on their wage. */
	PU
}
