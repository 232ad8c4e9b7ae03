package id.desasadar.contribution;

import java.util.Objects;

/** The highest wage a program's percentage applies to during a period, like JP's yearly cap. */
record WageCap(Program program, long cap, Validity validity, String source) {

	WageCap {
		Objects.requireNonNull(program);
		Objects.requireNonNull(validity);
		Objects.requireNonNull(source);
		if (cap <= 0) {
			throw new IllegalArgumentException("a wage cap is positive: " + cap);
		}
	}
}
