package id.desasadar.imports;

/**
 * The NIKs met so far in one file, to catch the same person twice in it: 16 digits fit a {@code long}, kept in
 * an open-addressing table of primitives, so a 100,000-row file costs about 2 MB rather than a set of strings.
 */
final class NikSet {

	private long[] slots = new long[1024];
	private int size;

	/** Adds the NIK; {@code false} when it was there already. */
	boolean add(String nik) {
		long value = Long.parseLong(nik);
		if (size * 2 >= slots.length) {
			grow();
		}
		return insert(slots, value);
	}

	private boolean insert(long[] table, long value) {
		int mask = table.length - 1;
		int i = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
		while (table[i] != 0) {
			if (table[i] == value) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = value;
		if (table == slots) {
			size++;
		}
		return true;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		for (long value : old) {
			if (value != 0) {
				insert(slots, value);
			}
		}
	}
}
