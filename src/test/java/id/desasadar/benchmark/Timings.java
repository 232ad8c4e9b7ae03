package id.desasadar.benchmark;

import java.util.Arrays;

/** Percentiles of request durations, in milliseconds (nearest rank). */
record Timings(String name, int count, double p50, double p95, double p99, double max) {

	static Timings of(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Timings(name, sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)),
				ms(sorted[sorted.length - 1]));
	}

	private static long rank(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
