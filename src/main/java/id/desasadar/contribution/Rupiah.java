package id.desasadar.contribution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic: amounts are whole Rupiah, and a share is rounded half up to the Rupiah. */
final class Rupiah {

	private Rupiah() {
	}

	/** {@code percent}% of {@code amount}, e.g. 1% of 1,000,000 is 10,000. */
	static long percentOf(long amount, BigDecimal percent) {
		return BigDecimal.valueOf(amount).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
	}
}
