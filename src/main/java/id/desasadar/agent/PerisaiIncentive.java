package id.desasadar.agent;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An agent's month under the 2022 scheme (domain.md, Perisai incentives since 2022), in whole Rupiah rounded half
 * up: the acquisition incentive when the month's new NIKs reach the threshold, the retention incentive on the
 * contributions paid by participant month, their sum for the agent, and the Kantor Perisai's share of that sum.
 *
 * @param acquisitionEarned whether the month's new NIKs reached the threshold
 * @param total what the agent earns: acquisition and retention
 * @param officeShare what the Kantor Perisai receives of it, on top
 */
record PerisaiIncentive(long acquisition, boolean acquisitionEarned, long retention, long total, long officeShare) {

	/**
	 * @param firstTime the month's new participants whose NIK was never enrolled before (BPU workers)
	 * @param firstTimeWithJht of those, the ones enrolled with JHT too
	 * @param earlyBase contributions paid in the month for participant months 1 to {@code retentionMonths}
	 * @param laterBase contributions paid in the month for the participant months after, to the last one paid for
	 */
	static PerisaiIncentive of(long firstTime, long firstTimeWithJht, BigDecimal earlyBase, BigDecimal laterBase,
			AgentFeeRule rule) {
		boolean earned = firstTime >= rule.acquisitionThreshold();
		long acquisition = earned
				? (firstTime - firstTimeWithJht) * rule.acquisitionAmount() + firstTimeWithJht * rule.acquisitionJhtAmount()
				: 0;
		long retention = rupiah(percentOf(earlyBase, rule.retentionPercent()).add(percentOf(laterBase, rule.laterRetentionPercent())));
		long total = acquisition + retention;
		long officeShare = rupiah(percentOf(BigDecimal.valueOf(total), rule.officeSharePercent()));
		return new PerisaiIncentive(acquisition, earned, retention, total, officeShare);
	}

	private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
		return amount.multiply(percent).movePointLeft(2);
	}

	private static long rupiah(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
