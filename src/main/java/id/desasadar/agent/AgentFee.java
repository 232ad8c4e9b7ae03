package id.desasadar.agent;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An agent's earnings for one month under a fee rule: the fee on the contributions collected, in whole
 * Rupiah rounded half up, and the bonus when the new participants reach the threshold.
 */
record AgentFee(long fee, long bonus, boolean bonusEarned, long total) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static AgentFee of(long collected, long newParticipants, AgentFeeRule rule) {
		long fee = BigDecimal.valueOf(collected).multiply(rule.feePercent())
			.divide(HUNDRED, 0, RoundingMode.HALF_UP)
			.longValueExact();
		boolean bonusEarned = newParticipants >= rule.bonusThreshold();
		long bonus = bonusEarned ? rule.bonusAmount() : 0;
		return new AgentFee(fee, bonus, bonusEarned, fee + bonus);
	}
}
