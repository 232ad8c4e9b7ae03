package id.desasadar.agent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an agent earns for a month, in force from {@code validFrom} (included) to {@code validTo} (excluded,
 * null: still in force): {@code feePercent} of the contributions collected, plus {@code bonusAmount} for
 * {@code bonusThreshold} or more new participants (table agent_fee_rule; domain.md, Who uses it).
 */
record AgentFeeRule(LocalDate validFrom, LocalDate validTo, BigDecimal feePercent, int bonusThreshold,
		long bonusAmount, String source) {
}
